package org.normscope.model;

/** Three-valued truth for comparisons with partial dates: certainly, possibly, certainly not. */
public enum Truth {
    NO, MAYBE, YES;

    public Truth and(Truth o) {
        return compareTo(o) <= 0 ? this : o;
    }

    public Truth or(Truth o) {
        return compareTo(o) >= 0 ? this : o;
    }

    public boolean possible() {
        return this != NO;
    }

    public boolean certain() {
        return this == YES;
    }
}
