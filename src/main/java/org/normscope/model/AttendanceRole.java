package org.normscope.model;

/** The capacity in which a delegation took part in an event. */
public enum AttendanceRole {
    MEMBER, OBSERVER, DIALOGUE_PARTNER, GUEST, HOST, DELEGATION
}
