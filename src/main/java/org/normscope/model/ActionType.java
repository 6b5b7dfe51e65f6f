package org.normscope.model;

/** What an actor did with an instrument, in the UN Treaty Collection's vocabulary plus sponsorship. */
public enum ActionType {
    SPONSOR, CO_SPONSOR, SIGNATURE, DEFINITIVE_SIGNATURE, RATIFICATION, ACCEPTANCE, APPROVAL, ACCESSION,
    SUCCESSION, FORMAL_CONFIRMATION, WITHDRAWAL, RESERVATION, DECLARATION, OBJECTION;

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
