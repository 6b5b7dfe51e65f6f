package org.normscope.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One append-only transaction of the ledger: who recorded what, when and why. Each change asserts
 * a new version of an entity or statement, or retracts one ({@code value} null).
 */
public record Transaction(long id, Instant recordedAt, String author, String reason, List<Change> changes) {
    public Transaction {
        changes = List.copyOf(changes);
    }

    /** A new version of record {@code recordId} (an entity id or a statement id), owned by {@code owner}. */
    public record Change(String recordId, Id owner, @Nullable Object value) {
        public Change {
            if (value != null && !(value instanceof Entity) && !(value instanceof Statement)) {
                throw new ModelException("a change holds an entity or a statement, not " + value.getClass().getSimpleName());
            }
        }

        public static Change assertion(Entity e) {
            return new Change(e.id().toString(), e.id(), e);
        }

        public static Change assertion(Statement s) {
            return new Change(s.id(), s.owner(), s);
        }

        public static Change retraction(String recordId, Id owner) {
            return new Change(recordId, owner, null);
        }

        public boolean isRetraction() {
            return value == null;
        }
    }
}
