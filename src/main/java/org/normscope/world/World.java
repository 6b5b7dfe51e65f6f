package org.normscope.world;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.PartialDate;
import org.normscope.model.Statement;
import org.normscope.model.Transaction;
import org.normscope.model.Words;

/**
 * Every version of every record, in record time, and the current {@link Snapshot}. Transactions
 * come in through {@link #apply}; readers take {@link #now()} or {@link #known(Instant)} and never
 * lock. A snapshot for a past record time is built on demand and the last few are kept.
 */
public final class World {
    /**
     * One version of a record; {@code value} null for a retraction. Versions of one record form a
     * chain in record time: {@code next} is set, under the world's lock, when a later version comes.
     */
    private static final class Version {
        final Instant recorded;
        final @Nullable Object value;
        @Nullable Version next;

        Version(Instant recorded, @Nullable Object value) {
            this.recorded = recorded;
            this.value = value;
        }

        Version last() {
            Version v = this;
            while (v.next != null) {
                v = v.next;
            }
            return v;
        }
    }

    /** A transaction as the world remembers it (without its changes). */
    public record TxInfo(long id, Instant recordedAt, String author, String reason, int changes) {
    }

    private final Clock clock;
    /** Each record's first version, by record id; the others follow it in its chain. */
    private final Map<String, Version> versions = new HashMap<>();
    /** Each entity's records (owned or referring to it), as their first versions. */
    private final Map<Id, List<Version>> recordsAbout = new HashMap<>();
    private final List<TxInfo> transactions = new ArrayList<>();
    private final Map<Instant, Snapshot> past = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Instant, Snapshot> eldest) {
            return size() > 8;
        }
    };
    private volatile Snapshot snapshot;

    public World(Clock clock) {
        this.clock = clock;
        this.snapshot = new Snapshot(Instant.MIN, Map.of(), List.of());
    }

    public Clock clock() {
        return clock;
    }

    /** Today in the clock's zone: the default valid time of every question. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Applies one transaction and publishes a new snapshot. */
    public synchronized void apply(Transaction tx) {
        applyAll(List.of(tx));
    }

    /** Applies transactions in order and publishes one new snapshot at the end (for start-up). */
    public synchronized void applyAll(Collection<Transaction> txs) {
        if (txs.isEmpty()) {
            return;
        }
        for (Transaction tx : txs) {
            if (!transactions.isEmpty() && tx.id() <= transactions.getLast().id()) {
                throw new IllegalStateException("transaction " + tx.id() + " is not after " + transactions.getLast().id());
            }
            for (Transaction.Change c : tx.changes()) {
                Version v = new Version(tx.recordedAt(), c.value());
                Version first = versions.putIfAbsent(c.recordId(), v);
                if (first == null) {
                    indexAbout(c, v);
                } else {
                    first.last().next = v;
                }
            }
            transactions.add(new TxInfo(tx.id(), tx.recordedAt(), tx.author(), tx.reason(), tx.changes().size()));
        }
        past.clear();
        stories = new java.util.concurrent.ConcurrentHashMap<>();
        List<Object> values = new ArrayList<>(versions.size());
        for (Version first : versions.values()) {
            Object value = first.last().value;
            if (value != null) {
                values.add(value);
            }
        }
        snapshot = build(transactions.getLast().recordedAt(), values);
    }

    private void indexAbout(Transaction.Change c, Version first) {
        recordsAbout.computeIfAbsent(c.owner(), k -> new ArrayList<>()).add(first);
        if (c.value() instanceof Statement s) {
            for (Id ref : s.references()) {
                if (!ref.equals(c.owner())) {
                    recordsAbout.computeIfAbsent(ref, k -> new ArrayList<>()).add(first);
                }
            }
        }
    }

    private static Snapshot build(Instant known, Collection<Object> values) {
        Map<Id, Entity> entities = new HashMap<>();
        List<Statement> statements = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Entity e) {
                entities.put(e.id(), e);
            } else {
                statements.add((Statement) v);
            }
        }
        return new Snapshot(known, entities, statements);
    }

    /** The record as it stands now. */
    public Snapshot now() {
        return snapshot;
    }

    /** The record as it stood at record time {@code known} (null: now). */
    public Snapshot known(@Nullable Instant known) {
        Snapshot now = snapshot;
        if (known == null || !known.isBefore(now.known())) {
            return now;
        }
        synchronized (this) {
            Snapshot s = past.get(known);
            if (s == null) {
                List<Object> values = new ArrayList<>();
                for (Version first : versions.values()) {
                    Version v = latestBy(first, known);
                    if (v != null && v.value != null) {
                        values.add(v.value);
                    }
                }
                s = build(known, values);
                past.put(known, s);
            }
            return s;
        }
    }

    private static @Nullable Version latestBy(Version first, Instant known) {
        Version best = null;
        for (Version v = first; v != null && !v.recorded.isAfter(known); v = v.next) {
            best = v;
        }
        return best;
    }

    public synchronized List<TxInfo> transactions() {
        return List.copyOf(transactions);
    }

    public synchronized long lastTransaction() {
        return transactions.isEmpty() ? 0 : transactions.getLast().id();
    }

    // ---- question 3 ----

    /**
     * One version of a statement in an entity's story, with everything its row needs that does
     * not change until the next transaction: the other entity, the date the row is sorted by, the
     * detail text, and when the version was replaced (by a correction, or a retraction).
     */
    private record Line(Statement statement, Id other, String name, @Nullable PartialDate date, String change, String detail,
                        Instant recorded, @Nullable Instant replaced, boolean retracted) {
        Rows.Event row(String otherName, @Nullable Instant known) {
            boolean stands = replaced == null || (known != null && replaced.isAfter(known));
            String state = stands ? "current" : retracted ? "retracted" : "superseded";
            return new Rows.Event(other, otherName, date, change, detail, statement.id(), recorded,
                    stands ? null : replaced, state, statement.sources());
        }
    }

    /** A story and the snapshot whose names it carries. */
    private record Story(Snapshot names, Line[] lines) {
    }

    /**
     * Each entity's story as it stands, sorted, built when first asked for and dropped by the next
     * transaction: an index, like the one a database keeps on (entity, date), so that asking for a
     * story costs one row object per line rather than a lookup, a format and a sort.
     */
    private volatile Map<Id, Story> stories = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The story of one entity: every statement about it, every version the record has held up to
     * {@code known} (null: now), in valid-time order. Corrected and retracted versions stay in,
     * marked, beside the versions that replaced them.
     */
    public List<Rows.Event> history(Id id, @Nullable Instant known) {
        Story story;
        if (known != null && known.isBefore(snapshot.known())) {
            // as the record stood then: the names and event dates of that time, not kept
            synchronized (this) {
                story = story(id, known(known));
            }
        } else {
            known = null;
            story = stories.get(id);
            if (story == null) {
                synchronized (this) {
                    story = stories.computeIfAbsent(id, k -> story(k, snapshot));
                }
            }
        }
        Snapshot names = known(known);
        boolean named = names == story.names();
        List<Rows.Event> rows = new ArrayList<>(story.lines().length);
        for (Line l : story.lines()) {
            if (known == null || !l.recorded().isAfter(known)) {
                rows.add(l.row(named ? l.name() : names.name(l.other()), known));
            }
        }
        return rows;
    }

    /** Every version of every statement about {@code id}, in the order of its story, events dated as {@code names} has them. Called with the lock held. */
    private Story story(Id id, Snapshot names) {
        List<Version> about = recordsAbout.getOrDefault(id, List.of());
        List<Line> lines = new ArrayList<>(about.size() + about.size() / 8);
        for (Version first : about) {
            for (Version v = first; v != null; v = v.next) {
                if (v.value instanceof Statement s) {
                    Version next = v.next;
                    lines.add(line(s, id, names, v.recorded, next == null ? null : next.recorded, next != null && next.value == null));
                }
            }
        }
        Line[] sorted = lines.toArray(Line[]::new);
        sortStory(sorted);
        return new Story(names, sorted);
    }

    /** Story order: by the day the line is dated (undated first), then by statement id, then by record time. */
    private static final Comparator<Line> STORY_ORDER = Comparator.comparingLong(World::day)
            .thenComparing((Line l) -> l.statement().id()).thenComparing(Line::recorded);

    private static long day(Line l) {
        return l.date() == null ? Long.MIN_VALUE : l.date().firstDay();
    }

    /**
     * Sorts a story: by day as numbers (the day and the line's place packed into one long), then
     * each run of lines on the same day by the rest of {@link #STORY_ORDER}; lines that share a day
     * are few, so string comparisons are too.
     */
    private static void sortStory(Line[] lines) {
        int n = lines.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long d = day(lines[i]);
            // days within ±2^42 fit beside a 20-bit place; an undated line sorts first
            long k = d == Long.MIN_VALUE ? 0 : d + (1L << 42) + 1;
            if (n >= 1 << 20 || k < 0 || k >= 1L << 43) {
                Arrays.sort(lines, STORY_ORDER);
                return;
            }
            keys[i] = k << 20 | i;
        }
        Arrays.sort(keys);
        Line[] copy = lines.clone();
        for (int i = 0; i < n; i++) {
            lines[i] = copy[(int) (keys[i] & ((1 << 20) - 1))];
        }
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && keys[j] >>> 20 == keys[i] >>> 20) {
                j++;
            }
            if (j - i > 1) {
                Arrays.sort(lines, i, j, STORY_ORDER);
            }
            i = j;
        }
    }

    private static Line line(Statement s, Id about, Snapshot names, Instant recorded, @Nullable Instant replaced, boolean retracted) {
        return switch (s) {
            case Statement.Membership m -> {
                Id other = about.equals(m.org()) ? m.member() : m.org();
                String detail = Words.word(m.role()) + " " + m.period();
                yield new Line(s, other, names.name(other), m.period().from(), "membership", detail, recorded, replaced, retracted);
            }
            case Statement.ParticipationAction p -> {
                Id other = about.equals(p.instrument()) ? p.actor() : p.instrument();
                String detail = Words.word(p.type()) + (p.effective() == null ? "" : ", effective " + p.effective())
                        + (p.expression() == null ? "" : " (" + p.expression() + ")");
                yield new Line(s, other, names.name(other), p.date(), "action", detail, recorded, replaced, retracted);
            }
            case Statement.LifecycleEvent l -> {
                Id other = l.body() != null && !about.equals(l.body()) ? l.body() : l.instrument();
                String detail = Words.word(l.type()) + (l.expression() == null ? "" : " (" + l.expression() + ")");
                yield new Line(s, other, names.name(other), l.date(), "lifecycle", detail, recorded, replaced, retracted);
            }
            case Statement.Attendance a -> {
                Id other = about.equals(a.event()) ? a.participant() : a.event();
                PartialDate held = names.entity(a.event()).map(e -> e.details() instanceof org.normscope.model.Details.EventDetails d
                        ? d.period().from() : null).orElse(null);
                yield new Line(s, other, names.name(other), held, "attendance", Words.word(a.role()), recorded, replaced, retracted);
            }
        };
    }
}
