package org.normscope.model;

/**
 * What an actor did with an instrument, in the UN Treaty Collection's vocabulary plus sponsorship,
 * and a refusal: the actor declared, when it could have signed or joined, that it would not (as
 * delegations announced at the close of WCIT-12). Depositaries do not record refusals; sources do.
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
