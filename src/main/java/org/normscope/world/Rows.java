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
}
