package org.normscope.world;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Id;

/** The outcome of resolving what a user typed to one entity (and, for instruments, perhaps one expression). */
public sealed interface Resolution {
    record Found(Id id, @Nullable String expression) implements Resolution {
    }

    /** Several entities answer to the reference. */
    record Ambiguous(String reference, List<Id> candidates) implements Resolution {
    }

    /** Nothing answers; {@code suggestions} are close matches. */
    record NotFound(String reference, List<String> suggestions) implements Resolution {
    }
}
