package org.normscope.model;

/**
 * An actor's standing towards an instrument on a date, derived from its actions: {@code consented}
 * means consent to be bound was given but the instrument is not yet in force for it.
 */
public enum PartyStatus {
    SPONSOR, SIGNATORY, CONSENTED, BOUND, WITHDRAWN
}
