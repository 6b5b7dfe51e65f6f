package org.normscope.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.normscope.model.ActionType;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.InstrumentType;
import org.normscope.model.Kind;
import org.normscope.model.Labels;
import org.normscope.model.LifecycleType;
import org.normscope.model.Nature;
import org.normscope.model.OrgType;
import org.normscope.model.PartialDate;
import org.normscope.model.PartialDate.Qualifier;
import org.normscope.model.Period;
import org.normscope.model.Rank;
import org.normscope.model.Role;
import org.normscope.model.SourceRef;
import org.normscope.model.SourceType;
import org.normscope.model.Statement;
import org.normscope.model.Statement.LifecycleEvent;
import org.normscope.model.Statement.Membership;
import org.normscope.model.Statement.ParticipationAction;
import org.normscope.model.Transaction;

/**
 * Deterministic synthetic data for the benchmarks, built directly as model objects. The same seed
 * always gives the same entities and statements, in the same order.
 */
final class Generator {
    static final long SEED = 20_140_912L;
    static final Instant RECORDED = Instant.parse("2025-01-01T00:00:00Z");

    static final int MEMBERSHIPS = 1_000_000;
    static final int ORGS = 2_000;
    static final int STATES = 250;
    static final int SOURCES = 100;

    static final int INSTRUMENTS = 5_000;
    static final int ACTIONS = 200_000;
    /** At most this many actions for one instrument (250 states, at most three actions each). */
    private static final int MAX_ACTIONS_PER_INSTRUMENT = 440;

    private static final long EPOCH_1946 = LocalDate.of(1946, 1, 1).toEpochDay();
    private static final long EPOCH_1950 = LocalDate.of(1950, 1, 1).toEpochDay();
    private static final long EPOCH_2015 = LocalDate.of(2015, 1, 1).toEpochDay();
    private static final long EPOCH_2020 = LocalDate.of(2020, 1, 1).toEpochDay();
    private static final long HORIZON = LocalDate.of(2030, 12, 31).toEpochDay();
    private static final long QUERY_FROM = LocalDate.of(1950, 1, 1).toEpochDay();
    private static final long QUERY_TO = LocalDate.of(2025, 12, 31).toEpochDay();
    private static final Role[] OTHER_ROLES = {Role.ASSOCIATE_MEMBER, Role.OBSERVER, Role.DIALOGUE_PARTNER, Role.PARTNER};

    private Generator() {
    }

    /**
     * A generated dataset: its entities and statements, the biggest owner and a typical (median
     * sized) one, with the number of statements each holds.
     */
    record Dataset(List<Entity> entities, List<Statement> statements, Id biggest, int biggestSize, Id typical, int typicalSize) {
        /** Every entity, then every statement, as assertions. */
        List<Transaction.Change> changes() {
            List<Transaction.Change> out = new ArrayList<>(entities.size() + statements.size());
            entities.forEach(e -> out.add(Transaction.Change.assertion(e)));
            statements.forEach(s -> out.add(Transaction.Change.assertion(s)));
            return out;
        }

        /** All of it as one transaction, as a bulk load would record it. */
        Transaction transaction() {
            return new Transaction(1, RECORDED, "bench", "generated", changes());
        }

        String describe() {
            return String.format("%,d entities, %,d statements; biggest %s (%,d), typical %s (%,d)",
                    entities.size(), statements.size(), biggest, biggestSize, typical, typicalSize);
        }
    }

    // ---- memberships ----

    /**
     * {@link #MEMBERSHIPS} membership periods of {@link #STATES} states in {@link #ORGS}
     * organisations whose sizes follow Zipf's law (exponent 1): the biggest holds about an eighth
     * of all periods, the median one about 120. In each organisation a state holds one role
     * (member four times in five) through a chain of consecutive, non-overlapping periods that
     * starts between 1946 and 2015 and runs to 2030; the last period is open in 60% of chains.
     * Dates: 60% exact days, the rest uncertain days ({@code ?}) or, on long enough periods,
     * months, years and uncertain years.
     */
    static Dataset memberships(long seed) {
        return memberships(seed, ORGS, MEMBERSHIPS);
    }

    /**
     * The same shape with {@code periods} membership periods in {@code orgCount} organisations
     * (the comparison benchmarks' scale 1 is 500 organisations and 100,000 periods). The sizes
     * of the default dataset give exactly the data of {@link #memberships(long)}.
     */
    static Dataset memberships(long seed, int orgCount, int periods) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Id> states = states(STATES);
        List<Entity> sources = sources(SOURCES);
        List<List<SourceRef>> citations = citations(sources, rnd);
        List<Entity> entities = new ArrayList<>();
        entities.addAll(sources);
        states.forEach(s -> entities.add(state(s, citations.get(0))));

        int[] sizes = shares(periods, zipf(orgCount, 1.0), Integer.MAX_VALUE);
        List<Statement> statements = new ArrayList<>(periods);
        Id[] orgs = new Id[orgCount];
        for (int o = 0; o < orgCount; o++) {
            Id org = Id.of(Kind.ORG, String.format("GEN-%04d", o + 1));
            orgs[o] = org;
            entities.add(new Entity(org, names("Generated organisation " + (o + 1)),
                    new Details.OrgDetails(OrgType.ORGANISATION, null, null, null), citations.get(0), null));
            int n = sizes[o];
            int chains = Math.min(n, STATES);
            List<Id> members = shuffled(states, rnd);
            for (int c = 0; c < chains; c++) {
                Id member = members.get(c);
                Role role = rnd.nextDouble() < 0.8 ? Role.MEMBER : OTHER_ROLES[rnd.nextInt(OTHER_ROLES.length)];
                int k = n / chains + (c < n % chains ? 1 : 0);
                String key = new Membership("", org, member, role, Period.ALWAYS, Rank.NORMAL, List.of(), null).key();
                long start = EPOCH_1946 + rnd.nextLong(EPOCH_2015 - EPOCH_1946);
                double slot = (double) (HORIZON - start) / k;
                long quarter = Math.max(1, (long) (slot / 4));
                for (int j = 0; j < k; j++) {
                    long s0 = start + (long) (j * slot);
                    long from = s0 + rnd.nextLong(quarter);
                    long to = Math.max(from, s0 + (long) slot - 1 - rnd.nextLong(quarter));
                    boolean open = j == k - 1 && rnd.nextDouble() < 0.6;
                    Period period = Period.of(partial(from, rnd, 0.60, (long) slot), open ? null : partial(to, rnd, 0.60, (long) slot));
                    statements.add(new Membership(key + "#" + (j + 1), org, member, role, period, Rank.NORMAL,
                            citations.get(rnd.nextInt(citations.size())), null));
                }
            }
        }
        int typical = orgCount / 2;
        return new Dataset(entities, statements, orgs[0], sizes[0], orgs[typical], sizes[typical]);
    }

    // ---- participation ----

    /**
     * {@link #INSTRUMENTS} treaties and {@link #ACTIONS} participation actions by
     * {@link #STATES} states. Instrument sizes follow Zipf's law (exponent 0.6), capped at
     * {@link #MAX_ACTIONS_PER_INSTRUMENT}: a few instruments near universal participation, the
     * median one with 27 actions. Each instrument opens for signature between 1950 and 2020
     * and enters into force in 85% of cases. Each state signs, ratifies three times in four (with
     * an effective date seven times in ten) and withdraws from 6% of its ratifications. Dates: 90%
     * exact days, the rest uncertain days, months, years or uncertain years.
     */
    static Dataset participation(long seed) {
        return participation(seed, INSTRUMENTS, ACTIONS);
    }

    /**
     * The same shape with {@code actions} participation actions on {@code instrumentCount}
     * treaties; the default sizes give exactly the data of {@link #participation(long)}.
     */
    static Dataset participation(long seed, int instrumentCount, int actions) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Id> states = states(STATES);
        List<Entity> sources = sources(SOURCES);
        List<List<SourceRef>> citations = citations(sources, rnd);
        List<Entity> entities = new ArrayList<>();
        entities.addAll(sources);
        states.forEach(s -> entities.add(state(s, citations.get(0))));

        int[] targets = shares(actions, zipf(instrumentCount, 0.6), MAX_ACTIONS_PER_INSTRUMENT);
        int[] sizes = new int[instrumentCount];
        Id[] instruments = new Id[instrumentCount];
        List<Statement> statements = new ArrayList<>(actions + 2 * instrumentCount);
        int carry = 0;
        for (int i = 0; i < instrumentCount; i++) {
            Id instrument = Id.of(Kind.INSTRUMENT, String.format("gen-treaty-%04d", i + 1));
            instruments[i] = instrument;
            entities.add(new Entity(instrument, names("Generated treaty " + (i + 1)),
                    new Details.InstrumentDetails(InstrumentType.TREATY, Nature.BINDING, null, false, List.of()),
                    citations.get(0), null));
            long open = EPOCH_1950 + rnd.nextLong(EPOCH_2020 - EPOCH_1950);
            statements.add(withId(new LifecycleEvent("", instrument, LifecycleType.OPENED_FOR_SIGNATURE,
                    PartialDate.of(LocalDate.ofEpochDay(open)), null, null, null, Rank.NORMAL, cite(citations, rnd), null)));
            if (rnd.nextDouble() < 0.85) {
                long force = open + 180 + rnd.nextLong(4 * 365);
                statements.add(withId(new LifecycleEvent("", instrument, LifecycleType.ENTERED_INTO_FORCE,
                        partial(force, rnd, 0.9, 4 * 365), null, null, null, Rank.NORMAL, cite(citations, rnd), null)));
            }
            int target = targets[i] + carry;
            int count = 0;
            for (Id actor : shuffled(states, rnd)) {
                if (count >= target) {
                    break;
                }
                long sig = open + rnd.nextLong(2 * 365);
                statements.add(action(instrument, actor, ActionType.SIGNATURE, partial(sig, rnd, 0.9, 4 * 365), null, citations, rnd));
                count++;
                if (count < target && rnd.nextDouble() < 0.75) {
                    long rat = sig + 30 + rnd.nextLong(5 * 365);
                    PartialDate effective = rnd.nextDouble() < 0.7 ? PartialDate.of(LocalDate.ofEpochDay(rat + 30)) : null;
                    statements.add(action(instrument, actor, ActionType.RATIFICATION, partial(rat, rnd, 0.9, 4 * 365), effective, citations, rnd));
                    count++;
                    if (count < target && rnd.nextDouble() < 0.06) {
                        long wd = rat + 365 + rnd.nextLong(19 * 365);
                        statements.add(action(instrument, actor, ActionType.WITHDRAWAL, partial(wd, rnd, 0.9, 4 * 365),
                                PartialDate.of(LocalDate.ofEpochDay(wd + 365)), citations, rnd));
                        count++;
                    }
                }
            }
            sizes[i] = count;
            carry = target - count;
        }
        int typical = instrumentCount / 2;
        return new Dataset(entities, statements, instruments[0], sizes[0], instruments[typical], sizes[typical]);
    }

    private static ParticipationAction action(Id instrument, Id actor, ActionType type, PartialDate date,
                                              PartialDate effective, List<List<SourceRef>> citations, SplittableRandom rnd) {
        return withId(new ParticipationAction("", instrument, actor, type, date, effective, null, null, Rank.NORMAL,
                cite(citations, rnd), null));
    }

    @SuppressWarnings("unchecked")
    private static <S extends Statement> S withId(S s) {
        return (S) s.withId(s.key() + "#1");
    }

    // ---- shared pieces ----

    /** Exact days from 1950 to 2025, for the questions. */
    static LocalDate[] queryDates(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        LocalDate[] out = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            out[i] = LocalDate.ofEpochDay(QUERY_FROM + rnd.nextLong(QUERY_TO - QUERY_FROM + 1));
        }
        return out;
    }

    /** AAA, AAB, … : valid ISO-shaped keys that no real state uses in this order. */
    static List<Id> states(int n) {
        List<Id> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            char a = (char) ('A' + i / (26 * 26) % 26);
            char b = (char) ('A' + i / 26 % 26);
            char c = (char) ('A' + i % 26);
            out.add(Id.of(Kind.STATE, "" + a + b + c));
        }
        return out;
    }

    private static Entity state(Id id, List<SourceRef> sources) {
        return new Entity(id, names("State " + id.key()), new Details.StateDetails(null, null), sources, null);
    }

    private static List<Entity> sources(int n) {
        List<Entity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Entity(Id.of(Kind.SOURCE, String.format("gen-source-%03d", i + 1)), Labels.NONE,
                    new Details.SourceDetails(SourceType.DATASET, "Generated source " + (i + 1), List.of(), null, null,
                            null, null, null, null, null, null),
                    List.of(), null));
        }
        return out;
    }

    /** 200 shared citation lists: one source (with a locator half the time) or, one time in five, two. */
    private static List<List<SourceRef>> citations(List<Entity> sources, SplittableRandom rnd) {
        List<List<SourceRef>> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            SourceRef first = new SourceRef(sources.get(rnd.nextInt(sources.size())).id(),
                    rnd.nextBoolean() ? "para " + (1 + rnd.nextInt(90)) : null);
            if (rnd.nextDouble() < 0.2) {
                SourceRef second = new SourceRef(sources.get(rnd.nextInt(sources.size())).id(), null);
                out.add(second.equals(first) ? List.of(first) : List.of(first, second));
            } else {
                out.add(List.of(first));
            }
        }
        return out;
    }

    private static List<SourceRef> cite(List<List<SourceRef>> citations, SplittableRandom rnd) {
        return citations.get(rnd.nextInt(citations.size()));
    }

    private static Labels names(String en) {
        return new Labels(Map.of("en", en), List.of(), Map.of());
    }

    private static List<Id> shuffled(List<Id> ids, SplittableRandom rnd) {
        List<Id> out = new ArrayList<>(ids);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            Id t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    /**
     * A date of day {@code epochDay}: the exact day with probability {@code exact}; otherwise, in
     * equal parts, one of the coarser forms that suit a span of {@code spanDays}: the day marked
     * uncertain always; the month if the span is at least six months; the year, plain or
     * uncertain, if it is at least four years. (Sources give coarse dates for long periods; a
     * two-month period dated by its year alone would make every neighbour a "maybe".)
     */
    static PartialDate partial(long epochDay, SplittableRandom rnd, double exact, long spanDays) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        double p = rnd.nextDouble();
        if (p < exact) {
            return PartialDate.of(d);
        }
        int forms = spanDays >= 4 * 365 ? 4 : spanDays >= 183 ? 2 : 1;
        int form = Math.min(forms - 1, (int) ((p - exact) / (1 - exact) * forms));
        return switch (form) {
            case 0 -> new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), Qualifier.UNCERTAIN);
            case 1 -> new PartialDate(d.getYear(), d.getMonthValue(), 0, Qualifier.NONE);
            case 2 -> new PartialDate(d.getYear(), 0, 0, Qualifier.NONE);
            default -> new PartialDate(d.getYear(), 0, 0, Qualifier.UNCERTAIN);
        };
    }

    private static double[] zipf(int n, double exponent) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 / Math.pow(i + 1, exponent);
        }
        return w;
    }

    /**
     * Splits {@code total} in proportion to {@code weights}, no share above {@code cap} and none
     * below one: the scale is found by bisection (water filling), the rounding remainder goes to
     * the largest shares still under the cap.
     */
    static int[] shares(int total, double[] weights, int cap) {
        double lo = 0;
        double hi = total / weights[weights.length - 1];
        for (int it = 0; it < 200; it++) {
            double mid = (lo + hi) / 2;
            double sum = 0;
            for (double w : weights) {
                sum += Math.min(cap, Math.max(1, mid * w));
            }
            if (sum > total) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        int[] out = new int[weights.length];
        long sum = 0;
        for (int i = 0; i < weights.length; i++) {
            out[i] = (int) Math.min(cap, Math.max(1, Math.floor(lo * weights[i])));
            sum += out[i];
        }
        for (int i = 0; sum < total; i = (i + 1) % out.length) {
            if (out[i] < cap) {
                out[i]++;
                sum++;
            }
        }
        return out;
    }
}
