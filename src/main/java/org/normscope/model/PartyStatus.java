package org.normscope.model;

/**
 * An actor's standing towards an instrument on a date, derived from its actions: {@code consented}
 * means consent to be bound was given but the instrument is not yet in force for it; {@code declined}
 * means the actor refused to sign or join and has done nothing since that makes it a party. The
 * order is from the least to the most committed, withdrawal last.
 */
public enum PartyStatus {
    DECLINED, SPONSOR, SIGNATORY, CONSENTED, BOUND, WITHDRAWN
}
