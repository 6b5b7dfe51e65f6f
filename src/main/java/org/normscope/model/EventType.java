package org.normscope.model;

/** Kinds of event. */
public enum EventType {
    SUMMIT, CONFERENCE, SESSION, MEETING, OTHER
}
