package org.normscope.model;

/** Roles in an organisation, in the words organisations use for them. */
public enum Role {
    MEMBER, ASSOCIATE_MEMBER, OBSERVER, DIALOGUE_PARTNER, PARTNER, APPLICANT, GUEST
}
