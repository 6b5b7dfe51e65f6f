package org.normscope.model;

/** Steps in the life of an instrument. */
public enum LifecycleType {
    DRAFTED, CIRCULATED, OPENED_FOR_SIGNATURE, ADOPTED, ENTERED_INTO_FORCE, SUPERSEDED, TERMINATED
}
