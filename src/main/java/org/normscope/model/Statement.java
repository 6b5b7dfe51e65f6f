package org.normscope.model;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sourced fact about an entity, never edited in place: a correction is a new version recorded by
 * a later transaction. Each statement lives in the bundle file of its {@link #owner()}: the
 * organisation of a membership, the instrument of an action or lifecycle step, the event of an
 * attendance. Its {@link #id()} is its natural key plus an ordinal among statements with the same
 * key, so that a corrected date is a new version of the same statement.
 */
public sealed interface Statement permits Statement.Membership, Statement.ParticipationAction,
        Statement.LifecycleEvent, Statement.Attendance {

    String id();

    Id owner();

    Rank rank();

    List<SourceRef> sources();

    @Nullable String note();

    /** Entities this statement refers to, besides its sources. */
    List<Id> references();

    /** The natural key, without ordinal: statements with equal keys are about the same thing. */
    String key();

    /** The same statement under another id. */
    Statement withId(String id);

    /**
     * Puts one owner's statements in canonical order and gives each its id: its key and its
     * ordinal among statements with the same key.
     */
    static List<Statement> withIds(java.util.Collection<? extends Statement> statements) {
        List<Statement> sorted = new java.util.ArrayList<>(statements);
        sorted.sort(CANONICAL_ORDER);
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        List<Statement> out = new java.util.ArrayList<>(sorted.size());
        for (Statement s : sorted) {
            int ordinal = seen.merge(s.key(), 1, Integer::sum);
            out.add(s.withId(s.key() + "#" + ordinal));
        }
        return out;
    }

    /** {@code member} held {@code role} in {@code org} during {@code period}. */
    record Membership(String id, Id org, Id member, Role role, Period period, Rank rank,
                      List<SourceRef> sources, @Nullable String note) implements Statement {
        public Membership {
            sources = List.copyOf(sources);
        }

        public Id owner() {
            return org;
        }

        public List<Id> references() {
            return List.of(org, member);
        }

        public Membership withId(String newId) {
            return new Membership(newId, org, member, role, period, rank, sources, note);
        }

        public String key() {
            return "membership:" + org + ":" + member + ":" + Words.word(role);
        }
    }

    /** {@code actor} performed {@code type} on {@code instrument} (or one expression of it). */
    record ParticipationAction(String id, Id instrument, Id actor, ActionType type, @Nullable PartialDate date,
                               @Nullable PartialDate effective, @Nullable String expression, @Nullable String text,
                               Rank rank, List<SourceRef> sources, @Nullable String note) implements Statement {
        public ParticipationAction {
            sources = List.copyOf(sources);
        }

        public Id owner() {
            return instrument;
        }

        public List<Id> references() {
            return List.of(instrument, actor);
        }

        public ParticipationAction withId(String newId) {
            return new ParticipationAction(newId, instrument, actor, type, date, effective, expression, text, rank, sources, note);
        }

        public String key() {
            return "action:" + instrument + ":" + actor + ":" + Words.word(type) + (expression == null ? "" : ":" + expression);
        }
    }

    /** A step in the life of {@code instrument}. */
    record LifecycleEvent(String id, Id instrument, LifecycleType type, @Nullable PartialDate date, @Nullable Id body,
                          @Nullable Id at, @Nullable String expression, Rank rank, List<SourceRef> sources,
                          @Nullable String note) implements Statement {
        public LifecycleEvent {
            sources = List.copyOf(sources);
        }

        public Id owner() {
            return instrument;
        }

        public List<Id> references() {
            return java.util.stream.Stream.of(instrument, body, at).filter(java.util.Objects::nonNull).toList();
        }

        public LifecycleEvent withId(String newId) {
            return new LifecycleEvent(newId, instrument, type, date, body, at, expression, rank, sources, note);
        }

        public String key() {
            return "lifecycle:" + instrument + ":" + Words.word(type) + (expression == null ? "" : ":" + expression);
        }
    }

    /** {@code participant} took part in {@code event} as {@code role}. */
    record Attendance(String id, Id event, Id participant, AttendanceRole role, Rank rank, List<SourceRef> sources,
                      @Nullable String note) implements Statement {
        public Attendance {
            sources = List.copyOf(sources);
        }

        public Id owner() {
            return event;
        }

        public List<Id> references() {
            return List.of(event, participant);
        }

        public Attendance withId(String newId) {
            return new Attendance(newId, event, participant, role, rank, sources, note);
        }

        public String key() {
            return "attendance:" + event + ":" + participant;
        }
    }

    /** The order in which a bundle file lists an owner's statements: by date, then by the other party. */
    Comparator<Statement> CANONICAL_ORDER = (a, b) -> {
        int c = Integer.compare(kindOrder(a), kindOrder(b));
        if (c != 0) {
            return c;
        }
        return switch (a) {
            case Membership m -> {
                Membership n = (Membership) b;
                c = nullsFirst(m.period().from(), n.period().from());
                if (c == 0) c = m.member().compareTo(n.member());
                if (c == 0) c = m.role().compareTo(n.role());
                if (c == 0) c = nullsLast(m.period().to(), n.period().to());
                yield c != 0 ? c : m.rank().compareTo(n.rank());
            }
            case ParticipationAction p -> {
                ParticipationAction q = (ParticipationAction) b;
                c = nullsFirst(p.date(), q.date());
                if (c == 0) c = p.actor().compareTo(q.actor());
                if (c == 0) c = p.type().compareTo(q.type());
                if (c == 0) c = String.valueOf(p.expression()).compareTo(String.valueOf(q.expression()));
                yield c != 0 ? c : p.rank().compareTo(q.rank());
            }
            case LifecycleEvent l -> {
                LifecycleEvent k = (LifecycleEvent) b;
                c = nullsFirst(l.date(), k.date());
                if (c == 0) c = l.type().compareTo(k.type());
                if (c == 0) c = String.valueOf(l.expression()).compareTo(String.valueOf(k.expression()));
                yield c != 0 ? c : l.rank().compareTo(k.rank());
            }
            case Attendance t -> {
                Attendance u = (Attendance) b;
                c = t.role().compareTo(u.role());
                if (c == 0) c = t.participant().compareTo(u.participant());
                yield c != 0 ? c : t.rank().compareTo(u.rank());
            }
        };
    };

    private static int kindOrder(Statement s) {
        return switch (s) {
            case Membership m -> 0;
            case LifecycleEvent l -> 1;
            case ParticipationAction p -> 2;
            case Attendance a -> 3;
        };
    }

    private static int nullsFirst(@Nullable PartialDate a, @Nullable PartialDate b) {
        return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
    }

    private static int nullsLast(@Nullable PartialDate a, @Nullable PartialDate b) {
        return a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b);
    }
}
