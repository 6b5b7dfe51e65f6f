package org.normscope.world;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Id;
import org.normscope.model.PartialDate;
import org.normscope.model.PartyStatus;
import org.normscope.model.Role;
import org.normscope.model.SourceRef;
import org.normscope.model.Statement;

/** The rows of the answers, one record type per question. */
public final class Rows {
    private Rows() {
    }

    /** One member of an organisation on a date; {@code certain} is false when a partial date makes it only possible. */
    public record Member(Id id, String name, Role role, @Nullable PartialDate from, @Nullable PartialDate to,
                         boolean certain, List<SourceRef> sources) {
    }

    /** One actor's standing towards an instrument on a date, with the actions it rests on. */
    public record Party(Id id, String name, PartyStatus status, boolean certain,
                        List<Statement.ParticipationAction> actions, List<SourceRef> sources) {
    }

    /**
     * One line of a story: a dated fact about the entity (valid time) and when the record learned
     * it and, if so, when it was corrected or retracted (record time).
     */
    public record Event(Id id, String name, @Nullable PartialDate date, String change, String detail, String statement,
                        Instant recorded, @Nullable Instant replaced, String state, List<SourceRef> sources) {
    }

    /** One actor of a matrix: its status towards each column instrument (absent: no relation). */
    public record MatrixRow(Id id, String name, java.util.Map<Id, Party> cells) {
    }

    /** A matrix: actors by instruments on a date, with per-column totals by status. */
    public record Matrix(List<Id> columns, List<MatrixRow> rows, java.util.Map<Id, java.util.Map<PartyStatus, Integer>> totals) {
    }

    /**
     * One thing that changed between two dates. {@code change} is joined, left, role-changed,
     * sponsored, signed, consented, bound, withdrew, or a lifecycle step (adopted,
     * entered-into-force, …); {@code subject} acted on {@code object}.
     */
    public record Change(String change, @Nullable PartialDate date, Id subject, String subjectName, Id object, String objectName,
                         @Nullable String from, @Nullable String to, List<SourceRef> sources) {
    }

    /**
     * What joining means for one instrument: how many of the organisation's members are party
     * to it, the joining state's own status, and whether membership alone would bind it.
     */
    public record WhatIf(Id id, String name, int membersParty, int membersTotal, @Nullable PartyStatus status,
                         boolean automatic, List<SourceRef> sources) {
    }

    /** A state in both organisations, or in only one. */
    public record Overlap(Id id, String name, String in, @Nullable Role firstRole, @Nullable Role secondRole,
                          List<SourceRef> sources) {
    }

    /**
     * One line of a comparison: a feature (a membership, a party status, an event attended) and
     * each compared entity's value for it; {@code same} is false where they differ.
     */
    public record Comparison(String feature, Id about, String aboutName, java.util.Map<Id, String> values, boolean same) {
    }
}
