package org.normscope.model;

/**
 * What an actor did with an instrument, in the UN Treaty Collection's vocabulary plus sponsorship,
 * and a refusal: when it could have signed or joined, the actor said it would not, or a source
 * records that it did not (as at the close of WCIT-12). Depositaries do not record refusals;
 * sources do, and a later signature or consent outranks one.
 */
public enum ActionType {
    SPONSOR, CO_SPONSOR, SIGNATURE, DEFINITIVE_SIGNATURE, RATIFICATION, ACCEPTANCE, APPROVAL, ACCESSION,
    SUCCESSION, FORMAL_CONFIRMATION, WITHDRAWAL, RESERVATION, DECLARATION, OBJECTION, REFUSAL;

    /** Acts that express consent to be bound. */
    public boolean isConsent() {
        return switch (this) {
            case DEFINITIVE_SIGNATURE, RATIFICATION, ACCEPTANCE, APPROVAL, ACCESSION, SUCCESSION, FORMAL_CONFIRMATION -> true;
            default -> false;
        };
    }

    public boolean isSponsorship() {
        return this == SPONSOR || this == CO_SPONSOR;
    }
}
