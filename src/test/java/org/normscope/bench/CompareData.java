package org.normscope.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.normscope.model.ActionType;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.LifecycleType;
import org.normscope.model.PartialDate;
import org.normscope.model.Statement;
import org.normscope.model.Statement.LifecycleEvent;
import org.normscope.model.Statement.Membership;
import org.normscope.model.Statement.ParticipationAction;
import org.normscope.model.Transaction;
import org.normscope.model.Words;

/**
 * The data every system of the comparison loads, at one scale: the generated memberships and
 * participation ({@link Generator}), and the same statements flattened into rows for the SQL and
 * SPARQL comparators. Scale 1 is issue 7's: 500 organisations with 100,000 membership periods,
 * 5,000 instruments with 200,000 participation actions, 250 states.
 *
 * <p>The flat rows keep, for each partial date, the two facts Normscope's as-of rules depend on:
 * the first day it could possibly be ({@link PartialDate#possiblyEarliest()}, {@code lo}) and its
 * place in Normscope's total order of partial dates ({@link #ord}). A membership holds possibly
 * on day d exactly when {@code start_lo <= d <= end_hi} (with {@code end_hi} the last possible
 * day of its end), and every status rule tests "possibly on or before d", that is {@code lo <= d},
 * or compares two dates in that order. So the comparators answer exactly what Normscope answers,
 * possible memberships and statuses included, without the date logic in the database.
 */
final class CompareData {
    /** Sentinel {@code end_hi} of an open period, in epoch days. */
    static final int OPEN_END = Integer.MAX_VALUE;
    /** Sentinel {@code start_lo} of a period with no start (the generator always gives one). */
    static final int OPEN_START = Integer.MIN_VALUE;

    /** One membership period as a row. */
    record MembershipRow(String sid, String org, String member, String role, int roleRank, int startLo, int endHi,
                         String from, @Nullable String to) {
    }

    /**
     * One participation action as a row. {@code cat}: C consent to be bound, W withdrawal, S
     * signature, P sponsorship, X anything else (reservations, declarations…).
     */
    record ActionRow(String sid, String instrument, String actor, String type, String cat, int dateLo, long dateOrd,
                     @Nullable Integer effLo, String date, @Nullable String effective) {
    }

    /** An instrument's entry into force (lo and order of its date), or nulls. */
    record InstrumentRow(String id, @Nullable Integer forceLo, @Nullable Long forceOrd) {
    }

    final double scale;
    final int orgCount;
    final int periodCount;
    final int instrumentCount;
    final int actionCount;
    final Generator.Dataset memberships;
    final Generator.Dataset participation;
    final List<Id> states;
    final List<Id> orgs;
    final List<Id> instruments;
    final List<Entity> entities;
    final List<MembershipRow> membershipRows = new ArrayList<>();
    final List<ActionRow> actionRows = new ArrayList<>();
    final List<InstrumentRow> instrumentRows = new ArrayList<>();
    /** Time taken to turn the statements into rows (counted in each comparator's load time). */
    final double flattenSeconds;

    private final long seed;

    CompareData(double scale, long seed) {
        this.scale = scale;
        this.seed = seed;
        this.orgCount = Math.max(1, (int) Math.round(500 * scale));
        this.periodCount = Math.max(orgCount, (int) Math.round(100_000 * scale));
        this.instrumentCount = Math.max(1, (int) Math.round(5_000 * scale));
        this.actionCount = Math.max(instrumentCount, (int) Math.round(200_000 * scale));
        this.memberships = Generator.memberships(seed, orgCount, periodCount);
        this.participation = Generator.participation(seed, instrumentCount, actionCount);
        Map<Id, Entity> all = new LinkedHashMap<>();
        memberships.entities().forEach(e -> all.put(e.id(), e));
        participation.entities().forEach(e -> all.putIfAbsent(e.id(), e));
        this.entities = List.copyOf(all.values());
        this.states = Generator.states(Generator.STATES);
        this.orgs = entities.stream().map(Entity::id).filter(id -> id.kind() == Kind.ORG).sorted().toList();
        this.instruments = entities.stream().map(Entity::id).filter(id -> id.kind() == Kind.INSTRUMENT).sorted().toList();
        long t0 = System.nanoTime();
        flatten();
        this.flattenSeconds = (System.nanoTime() - t0) / 1e9;
    }

    int statementCount() {
        return memberships.statements().size() + participation.statements().size();
    }

    /** Every entity, then every statement of both datasets, as one transaction. */
    Transaction transaction() {
        List<Transaction.Change> changes = new ArrayList<>(entities.size() + statementCount());
        entities.forEach(e -> changes.add(Transaction.Change.assertion(e)));
        memberships.statements().forEach(s -> changes.add(Transaction.Change.assertion(s)));
        participation.statements().forEach(s -> changes.add(Transaction.Change.assertion(s)));
        return new Transaction(1, Generator.RECORDED, "bench", "generated", changes);
    }

    /**
     * The record's history as Normscope keeps it: the first transaction holds every statement plus
     * mistaken ones (one in 200: copies of real statements under ids of their own); the second
     * retracts the mistaken ones and corrects one statement in 100 (a new version citing a second
     * source). The record it ends with is exactly {@link #transaction()}'s, which the comparators
     * load, so every answer can still be checked; Normscope carries the versions and the
     * retractions besides, and its history shows them.
     */
    List<Transaction> history() {
        Transaction base = transaction();
        java.util.Random r = new java.util.Random(seed + 11);
        List<Transaction.Change> first = new ArrayList<>(base.changes());
        List<Transaction.Change> second = new ArrayList<>();
        org.normscope.model.SourceRef extra = new org.normscope.model.SourceRef(Id.of(Kind.SOURCE, "gen-source-001"), "correction");
        for (Transaction.Change c : base.changes()) {
            if (!(c.value() instanceof Statement s)) {
                continue;
            }
            int roll = r.nextInt(200);
            if (roll == 0) {
                Statement mistaken = s.withId(s.id() + "-mistaken");
                first.add(Transaction.Change.assertion(mistaken));
                second.add(Transaction.Change.retraction(mistaken.id(), mistaken.owner()));
            } else if (roll <= 2) {
                second.add(Transaction.Change.assertion(withSource(s, extra)));
            }
        }
        corrections = (int) second.stream().filter(c -> c.value() != null).count();
        retractions = second.size() - corrections;
        return List.of(new Transaction(1, Generator.RECORDED, "bench", "generated", first),
                new Transaction(2, Generator.RECORDED.plusSeconds(86_400), "bench", "corrections and retractions", second));
    }

    /** Corrections and retractions in {@link #history()} (known once it was built). */
    int corrections;
    int retractions;

    private static Statement withSource(Statement s, org.normscope.model.SourceRef extra) {
        List<org.normscope.model.SourceRef> sources = new ArrayList<>(s.sources());
        sources.add(extra);
        return switch (s) {
            case Membership m -> new Membership(m.id(), m.org(), m.member(), m.role(), m.period(), m.rank(), sources, m.note());
            case Statement.ParticipationAction a -> new Statement.ParticipationAction(a.id(), a.instrument(), a.actor(), a.type(), a.date(),
                    a.effective(), a.expression(), a.text(), a.rank(), sources, a.note());
            case Statement.LifecycleEvent l -> new Statement.LifecycleEvent(l.id(), l.instrument(), l.type(), l.date(), l.body(), l.at(),
                    l.expression(), l.rank(), sources, l.note());
            case Statement.Attendance t -> new Statement.Attendance(t.id(), t.event(), t.participant(), t.role(), t.rank(), sources, t.note());
        };
    }

    /** The membership dataset alone, as one transaction. */
    Transaction membershipTransaction() {
        return memberships.transaction();
    }

    private void flatten() {
        for (Statement s : memberships.statements()) {
            Membership m = (Membership) s;
            PartialDate from = m.period().from();
            PartialDate to = m.period().to();
            membershipRows.add(new MembershipRow(m.id(), m.org().toString(), m.member().toString(), Words.word(m.role()),
                    m.role().ordinal(), from == null ? OPEN_START : lo(from),
                    to == null ? OPEN_END : (int) to.possiblyLatest().toEpochDay(),
                    from == null ? null : from.toString(), to == null ? null : to.toString()));
        }
        Map<Id, LifecycleEvent> force = new HashMap<>();
        for (Statement s : participation.statements()) {
            switch (s) {
                case ParticipationAction a -> {
                    if (a.date() == null || a.expression() != null) {
                        throw new IllegalStateException("the comparators assume dated actions on whole instruments: " + a.id());
                    }
                    actionRows.add(new ActionRow(a.id(), a.instrument().toString(), a.actor().toString(), Words.word(a.type()),
                            category(a.type()), lo(a.date()), ord(a.date()), a.effective() == null ? null : lo(a.effective()),
                            a.date().toString(), a.effective() == null ? null : a.effective().toString()));
                }
                case LifecycleEvent l -> {
                    if (l.type() == LifecycleType.ENTERED_INTO_FORCE && l.expression() == null && l.date() != null) {
                        force.putIfAbsent(l.instrument(), l);
                    }
                }
                default -> throw new IllegalStateException("unexpected statement " + s.id());
            }
        }
        for (Id i : instruments) {
            LifecycleEvent l = force.get(i);
            instrumentRows.add(new InstrumentRow(i.toString(), l == null ? null : lo(l.date()), l == null ? null : ord(l.date())));
        }
    }

    static String category(ActionType t) {
        if (t.isConsent()) {
            return "C";
        }
        if (t == ActionType.WITHDRAWAL) {
            return "W";
        }
        if (t == ActionType.SIGNATURE) {
            return "S";
        }
        return t.isSponsorship() ? "P" : "X";
    }

    /** The first day a partial date could be, in epoch days. */
    static int lo(PartialDate d) {
        return (int) d.possiblyEarliest().toEpochDay();
    }

    /**
     * A partial date's place in {@link PartialDate#compareTo}'s order (earliest day, then latest
     * day, then qualifier) as one non-negative number, so that a database can take the latest
     * action with a plain MAX or ORDER BY.
     */
    static long ord(PartialDate d) {
        long earliest = d.earliest().toEpochDay();
        long width = d.latest().toEpochDay() - earliest;
        return ((earliest + 1_000_000L) << 20) | (width << 2) | d.qualifier().ordinal();
    }

    // ---- question parameters ----

    /** Random parameters of the questions, from a fixed seed: the same sequence for every system. */
    static final class Params {
        final Id[] orgs;
        final Id[] instruments;
        final Id[] states;
        final LocalDate[] dates;
        final List<List<Id>> columns;
        final LocalDate[][] spans;

        Params(CompareData data, long seed, int n, int matrixColumns) {
            SplittableRandom rnd = new SplittableRandom(seed);
            dates = Generator.queryDates(seed + 1, n);
            LocalDate[] more = Generator.queryDates(seed + 2, 2 * n);
            orgs = new Id[n];
            instruments = new Id[n];
            states = new Id[n];
            columns = new ArrayList<>(n);
            spans = new LocalDate[n][];
            int cols = Math.min(matrixColumns, data.instruments.size());
            for (int i = 0; i < n; i++) {
                orgs[i] = data.orgs.get(rnd.nextInt(data.orgs.size()));
                instruments[i] = data.instruments.get(rnd.nextInt(data.instruments.size()));
                states[i] = data.states.get(rnd.nextInt(data.states.size()));
                columns.add(sample(data.instruments, cols, rnd));
                LocalDate a = more[2 * i];
                LocalDate b = more[2 * i + 1];
                if (a.equals(b)) {
                    b = b.plusDays(1);
                }
                spans[i] = a.isBefore(b) ? new LocalDate[] {a, b} : new LocalDate[] {b, a};
            }
        }

        private static List<Id> sample(List<Id> from, int k, SplittableRandom rnd) {
            int[] idx = new int[from.size()];
            Arrays.setAll(idx, i -> i);
            List<Id> out = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                int j = i + rnd.nextInt(idx.length - i);
                int t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
                out.add(from.get(idx[i]));
            }
            return List.copyOf(out);
        }
    }
}
