package org.normscope.world;

/** A question that cannot be answered as asked: a selector or reference that names nothing usable. */
public final class QueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }
}
