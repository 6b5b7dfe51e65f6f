package org.normscope.model;

/** Kinds of organisation. */
public enum OrgType {
    ORGANISATION, ORGAN, FORUM, CONFERENCE
}
