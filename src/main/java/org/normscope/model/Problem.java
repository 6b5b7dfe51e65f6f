package org.normscope.model;

/**
 * A finding of the validation rules. {@code subject} is the entity, statement or expression it is
 * about and {@code field} the field at fault, so that a reader of files can name the line.
 */
public record Problem(Severity severity, Object subject, String field, String message) {
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
