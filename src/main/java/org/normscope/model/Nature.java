package org.normscope.model;

/** Legal nature of an instrument. */
public enum Nature {
    BINDING, NON_BINDING
}
