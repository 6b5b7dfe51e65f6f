package org.normscope.model;

/** Bad input to the model: a malformed id, date or vocabulary word. The message says what is wrong. */
public class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }
}
