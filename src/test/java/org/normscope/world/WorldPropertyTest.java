package org.normscope.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.normscope.model.ActionType;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.Labels;
import org.normscope.model.LifecycleType;
import org.normscope.model.Nature;
import org.normscope.model.InstrumentType;
import org.normscope.model.OrgType;
import org.normscope.model.PartialDate;
import org.normscope.model.PartyStatus;
import org.normscope.model.Period;
import org.normscope.model.Rank;
import org.normscope.model.Role;
import org.normscope.model.SourceRef;
import org.normscope.model.SourceType;
import org.normscope.model.Statement;
import org.normscope.model.Transaction;

/**
 * Seeded random ledgers — assertions, corrections and retractions over many transactions — and
 * random questions: every as-of answer of the indexed world must equal a brute-force scan of all
 * versions. A failure names the seed that reproduces it.
 */
class WorldPropertyTest {
    static final int RUNS = 60;
    static final Id SOURCE = Id.parse("source/s");
    static final List<SourceRef> CITED = List.of(new SourceRef(SOURCE, null));

    record Version(Instant recorded, String recordId, @Nullable Statement value) {
    }

    @Test
    void membersAt_anyValidAndRecordTime_equalsABruteForceScan() {
        for (long seed = 1; seed <= RUNS; seed++) {
            Random rnd = new Random(seed);
            Generated g = generate(rnd);
            World w = new World(java.time.Clock.systemUTC());
            w.applyAll(g.txs);
            for (int q = 0; q < 200; q++) {
                Id org = g.orgs.get(rnd.nextInt(g.orgs.size()));
                LocalDate at = randomDay(rnd);
                Role role = rnd.nextInt(4) == 0 ? null : Role.values()[rnd.nextInt(3)];
                Instant known = rnd.nextBoolean() ? null : g.txs.get(rnd.nextInt(g.txs.size())).recordedAt().plusNanos(rnd.nextInt(2) * 1000);
                List<Rows.Member> actual = w.known(known).members(org, at, role);
                List<String> expected = bruteMembers(g, org, at, role, known);
                List<String> got = actual.stream().map(r -> r.id().key() + ":" + r.role() + ":" + r.certain()).sorted().toList();
                assertEquals(expected, got, "seed " + seed + ", query " + q + ": members(" + org + ", " + at + ", " + role + ", known " + known + ")");
            }
        }
    }

    @Test
    void membersAt_inOrganisationsLargeEnoughForTheIntervalTree_equalsABruteForceScan() {
        for (long seed = 1; seed <= 10; seed++) {
            Random rnd = new Random(seed * 104729);
            Generated g = generate(rnd, 400);
            World w = new World(java.time.Clock.systemUTC());
            w.applyAll(g.txs);
            for (int q = 0; q < 150; q++) {
                Id org = g.orgs.get(rnd.nextInt(g.orgs.size()));
                LocalDate at = randomDay(rnd);
                Role role = rnd.nextInt(4) == 0 ? null : Role.values()[rnd.nextInt(3)];
                Instant known = rnd.nextBoolean() ? null : g.txs.get(rnd.nextInt(g.txs.size())).recordedAt();
                List<String> got = w.known(known).members(org, at, role).stream()
                        .map(r -> r.id().key() + ":" + r.role() + ":" + r.certain()).sorted().toList();
                assertEquals(bruteMembers(g, org, at, role, known), got, "seed " + seed + ", query " + q);
            }
        }
    }

    @Test
    void partiesAt_anyDate_equalsABruteForceScan() {
        for (long seed = 1; seed <= RUNS; seed++) {
            Random rnd = new Random(seed * 7919);
            Generated g = generate(rnd);
            World w = new World(java.time.Clock.systemUTC());
            w.applyAll(g.txs);
            for (int q = 0; q < 200; q++) {
                LocalDate at = randomDay(rnd);
                Instant known = rnd.nextBoolean() ? null : g.txs.get(rnd.nextInt(g.txs.size())).recordedAt();
                List<String> got = w.known(known).parties(g.instrument, null, at).stream()
                        .map(p -> p.id().key() + ":" + p.status() + ":" + p.certain()).sorted().toList();
                assertEquals(bruteParties(g, at, known), got, "seed " + seed + ", query " + q + ": parties at " + at + ", known " + known);
                // one actor's standing alone is the same as its row among all parties
                for (Id state : g.states) {
                    Rows.Party one = w.known(known).party(g.instrument, state, at);
                    String alone = one == null ? null : one.id().key() + ":" + one.status() + ":" + one.certain();
                    String among = got.stream().filter(r -> r.startsWith(state.key() + ":")).findFirst().orElse(null);
                    assertEquals(among, alone, "seed " + seed + ", query " + q + ": party(" + state + ") at " + at + ", known " + known);
                }
            }
        }
    }

    /**
     * The story of a state, asked between transactions (so that a story kept from before a
     * transaction must not be served after it) and at random record times: every version of every
     * statement about the state, each marked current, superseded or retracted as of that time, in
     * the order of valid time, statement and record time.
     */
    @Test
    void history_betweenTransactionsAndAtAnyRecordTime_equalsABruteForceScan() {
        for (long seed = 1; seed <= RUNS; seed++) {
            Random rnd = new Random(seed * 31337);
            Generated g = generate(rnd);
            World w = new World(java.time.Clock.systemUTC());
            for (Transaction tx : g.txs) {
                w.apply(tx);
                for (int q = 0; q < 20; q++) {
                    Id state = g.states.get(rnd.nextInt(g.states.size()));
                    Instant known = rnd.nextBoolean() ? null : g.txs.get(rnd.nextInt((int) tx.id())).recordedAt();
                    List<Rows.Event> story = w.history(state, known);
                    List<String> got = story.stream().map(e -> e.statement() + "@" + e.recorded() + ":" + e.state()).sorted().toList();
                    String where = "seed " + seed + ", after tx " + tx.id() + ": history(" + state + ", known " + known + ")";
                    assertEquals(bruteHistory(g, state, known == null ? tx.recordedAt() : known), got, where);
                    for (int i = 1; i < story.size(); i++) {
                        Rows.Event a = story.get(i - 1);
                        Rows.Event b = story.get(i);
                        long da = a.date() == null ? Long.MIN_VALUE : a.date().firstDay();
                        long db = b.date() == null ? Long.MIN_VALUE : b.date().firstDay();
                        int c = da != db ? Long.compare(da, db) : a.statement().compareTo(b.statement());
                        assertEquals(true, c < 0 || (c == 0 && !a.recorded().isAfter(b.recorded())), where + ": out of order at row " + i);
                    }
                }
            }
        }
    }

    static List<String> bruteHistory(Generated g, Id state, Instant known) {
        List<String> out = new ArrayList<>();
        List<Version> seen = g.versions.stream().filter(v -> !v.recorded().isAfter(known)).toList();
        for (int i = 0; i < seen.size(); i++) {
            Version v = seen.get(i);
            if (v.value() == null || !v.value().references().contains(state)) {
                continue;
            }
            Version next = null;
            for (int j = i + 1; j < seen.size() && next == null; j++) {
                if (seen.get(j).recordId().equals(v.recordId())) {
                    next = seen.get(j);
                }
            }
            if (next != null && next.recorded().equals(v.recorded())) {
                continue; // changed twice in one transaction: only the last change was recorded
            }
            String st = next == null ? "current" : next.value() == null ? "retracted" : "superseded";
            out.add(v.recordId() + "@" + v.recorded() + ":" + st);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    // ---- generation ----

    static final class Generated {
        final List<Transaction> txs = new ArrayList<>();
        final List<Version> versions = new ArrayList<>();
        final List<Id> orgs = new ArrayList<>();
        final List<Id> states = new ArrayList<>();
        Id instrument;
        @Nullable PartialDate inForce;
    }

    static Generated generate(Random rnd) {
        return generate(rnd, 12);
    }

    /** Up to seven transactions of up to {@code perTx} random statements each, after one of entities. */
    static Generated generate(Random rnd, int perTx) {
        Generated g = new Generated();
        List<Transaction.Change> first = new ArrayList<>();
        first.add(Transaction.Change.assertion(new Entity(SOURCE, Labels.NONE,
                new Details.SourceDetails(SourceType.DATASET, "s", List.of(), null, null, null, null, null, null, null, null), List.of(), null)));
        for (int i = 0; i < 3; i++) {
            Id org = Id.of(Kind.ORG, "O" + i);
            g.orgs.add(org);
            first.add(Transaction.Change.assertion(new Entity(org, Labels.NONE, new Details.OrgDetails(OrgType.ORGANISATION, null, null, null), CITED, null)));
        }
        for (int i = 0; i < 8 + perTx / 2; i++) {
            Id s = Id.of(Kind.STATE, "S" + (char) ('A' + i % 26) + (char) ('A' + i / 26));
            g.states.add(s);
            first.add(Transaction.Change.assertion(new Entity(s, Labels.NONE, new Details.StateDetails(null, null), CITED, null)));
        }
        g.instrument = Id.of(Kind.INSTRUMENT, "treaty");
        first.add(Transaction.Change.assertion(new Entity(g.instrument, Labels.NONE,
                new Details.InstrumentDetails(InstrumentType.TREATY, Nature.BINDING, null, false, List.of()), CITED, null)));
        if (rnd.nextInt(3) > 0) {
            g.inForce = randomDate(rnd);
            Statement eif = Statement.withIds(List.of(new Statement.LifecycleEvent("", g.instrument, LifecycleType.ENTERED_INTO_FORCE,
                    g.inForce, null, null, null, Rank.NORMAL, CITED, null))).getFirst();
            first.add(Transaction.Change.assertion(eif));
        }
        Instant t = Instant.parse("2020-01-01T00:00:00Z");
        g.txs.add(new Transaction(1, t, "gen", "entities", first));
        Map<String, Statement> live = new HashMap<>();
        int txCount = 2 + rnd.nextInt(6);
        for (int tx = 2; tx <= txCount; tx++) {
            t = t.plusSeconds(60);
            List<Transaction.Change> changes = new ArrayList<>();
            int n = 1 + rnd.nextInt(perTx);
            for (int k = 0; k < n; k++) {
                Statement s = rnd.nextInt(3) == 0 ? randomAction(rnd, g) : randomMembership(rnd, g);
                // ids: reuse an existing id (a correction) or a fresh ordinal
                String id = !live.isEmpty() && rnd.nextInt(3) == 0 ? pickSameKind(rnd, live, s) : null;
                if (id == null) {
                    id = s.key() + "#" + (1 + rnd.nextInt(3));
                }
                if (rnd.nextInt(8) == 0 && live.containsKey(id)) {
                    changes.add(Transaction.Change.retraction(id, live.get(id).owner()));
                    live.remove(id);
                    g.versions.add(new Version(t, id, null));
                } else {
                    Statement v = s.withId(id);
                    changes.add(Transaction.Change.assertion(v));
                    live.put(id, v);
                    g.versions.add(new Version(t, id, v));
                }
            }
            // one record changed twice in a transaction: keep only the last change
            Map<String, Transaction.Change> last = new java.util.LinkedHashMap<>();
            changes.forEach(c -> last.put(c.recordId(), c));
            g.txs.add(new Transaction(tx, t, "gen", "random", List.copyOf(last.values())));
        }
        return g;
    }

    static @Nullable String pickSameKind(Random rnd, Map<String, Statement> live, Statement like) {
        List<String> same = live.keySet().stream().filter(k -> live.get(k).key().equals(like.key())).sorted().toList();
        return same.isEmpty() ? null : same.get(rnd.nextInt(same.size()));
    }

    static Statement randomMembership(Random rnd, Generated g) {
        PartialDate from = rnd.nextInt(6) == 0 ? null : randomDate(rnd);
        PartialDate to = rnd.nextInt(3) == 0 ? null : randomDate(rnd);
        if (from != null && to != null && from.compareTo(to) > 0) {
            PartialDate x = from;
            from = to;
            to = x;
        }
        Rank rank = Rank.values()[rnd.nextInt(10) < 6 ? 1 : rnd.nextInt(3)];
        return new Statement.Membership("", g.orgs.get(rnd.nextInt(g.orgs.size())), g.states.get(rnd.nextInt(g.states.size())),
                Role.values()[rnd.nextInt(3)], new Period(from, to), rank, CITED, null);
    }

    static final PartialDate[] SHARED_DAYS = {PartialDate.parse("2005-03-01"), PartialDate.parse("2009-11-20"), PartialDate.parse("2012")};

    static Statement randomAction(Random rnd, Generated g) {
        ActionType[] types = {ActionType.SPONSOR, ActionType.SIGNATURE, ActionType.RATIFICATION, ActionType.ACCESSION, ActionType.WITHDRAWAL, ActionType.REFUSAL};
        ActionType type = types[rnd.nextInt(types.length)];
        // one action in five on one of a few shared days, so that one actor's acts of the same kind fall on the same day
        PartialDate date = rnd.nextInt(10) == 0 ? null : rnd.nextInt(5) == 0 ? SHARED_DAYS[rnd.nextInt(SHARED_DAYS.length)] : randomDate(rnd);
        PartialDate effective = date != null && type != ActionType.SIGNATURE && rnd.nextBoolean()
                ? PartialDate.of(date.latest().plusDays(rnd.nextInt(400))) : null;
        return new Statement.ParticipationAction("", g.instrument, g.states.get(rnd.nextInt(g.states.size())), type, date, effective,
                null, null, Rank.NORMAL, CITED, null);
    }

    static PartialDate randomDate(Random rnd) {
        int y = 2000 + rnd.nextInt(20);
        String q = switch (rnd.nextInt(10)) {
            case 0 -> "?";
            case 1 -> "~";
            default -> "";
        };
        return switch (rnd.nextInt(4)) {
            case 0 -> PartialDate.parse(y + q);
            case 1 -> PartialDate.parse(String.format("%d-%02d%s", y, 1 + rnd.nextInt(12), q));
            default -> PartialDate.parse(String.format("%d-%02d-%02d%s", y, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28), q));
        };
    }

    static LocalDate randomDay(Random rnd) {
        return LocalDate.of(1999 + rnd.nextInt(23), 1, 1).plusDays(rnd.nextInt(366));
    }

    // ---- the oracle: a scan of every version, with the definitions written out plainly ----

    static List<Statement> liveAt(Generated g, @Nullable Instant known) {
        Map<String, Statement> live = new HashMap<>();
        for (Version v : g.versions) {
            if (known != null && v.recorded().isAfter(known)) {
                continue;
            }
            if (v.value() == null) {
                live.remove(v.recordId());
            } else {
                live.put(v.recordId(), v.value());
            }
        }
        return new ArrayList<>(live.values());
    }

    /** Possible days of a date: the widened range. */
    static LocalDate lo(PartialDate d) {
        return d.possiblyEarliest();
    }

    static LocalDate hi(PartialDate d) {
        return d.possiblyLatest();
    }

    static List<String> bruteMembers(Generated g, Id org, LocalDate at, @Nullable Role role, @Nullable Instant known) {
        List<Statement> all = liveAt(g, known);
        List<String> out = new ArrayList<>();
        for (Statement s : all) {
            if (!(s instanceof Statement.Membership m) || !m.org().equals(org) || (role != null && m.role() != role)) {
                continue;
            }
            if (m.rank() == Rank.DEPRECATED) {
                continue;
            }
            boolean beaten = false;
            for (Statement o : all) {
                if (o instanceof Statement.Membership n && n != m && n.key().equals(m.key()) && n.rank().ordinal() < m.rank().ordinal()
                        && n.rank() != Rank.DEPRECATED && mayShareADay(n.period(), m.period())) {
                    beaten = true;
                }
            }
            if (beaten) {
                continue;
            }
            PartialDate f = m.period().from();
            PartialDate t = m.period().to();
            boolean possible = (f == null || !lo(f).isAfter(at)) && (t == null || !hi(t).isBefore(at));
            boolean certain = (f == null || !hi(f).isAfter(at)) && (t == null || !lo(t).isBefore(at));
            if (possible) {
                out.add(m.member().key() + ":" + m.role() + ":" + certain);
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    static boolean mayShareADay(Period a, Period b) {
        LocalDate aFrom = a.from() == null ? LocalDate.MIN : lo(a.from());
        LocalDate aTo = a.to() == null ? LocalDate.MAX : hi(a.to());
        LocalDate bFrom = b.from() == null ? LocalDate.MIN : lo(b.from());
        LocalDate bTo = b.to() == null ? LocalDate.MAX : hi(b.to());
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }

    /** On or before, three-valued, written out: 2 certainly, 1 possibly, 0 not. */
    static int onOrBefore(@Nullable PartialDate d, LocalDate at) {
        if (d == null) {
            return 1;
        }
        return !hi(d).isAfter(at) ? 2 : !lo(d).isAfter(at) ? 1 : 0;
    }

    static List<String> bruteParties(Generated g, LocalDate at, @Nullable Instant known) {
        List<Statement> all = liveAt(g, known);
        // entry into force is asserted in the first transaction only, and never changed
        Map<Id, List<Statement.ParticipationAction>> byActor = new java.util.TreeMap<>();
        for (Statement s : all) {
            if (s instanceof Statement.ParticipationAction a && onOrBefore(a.date(), at) > 0) {
                byActor.computeIfAbsent(a.actor(), k -> new ArrayList<>()).add(a);
            }
        }
        List<String> out = new ArrayList<>();
        byActor.forEach((actor, acts) -> {
            // of two acts of one kind on the same day, the first in canonical order counts
            acts.sort(Statement.CANONICAL_ORDER);
            Statement.ParticipationAction consent = latest(acts, ActionType.RATIFICATION, ActionType.ACCESSION);
            Statement.ParticipationAction signature = latest(acts, ActionType.SIGNATURE);
            Statement.ParticipationAction sponsor = latest(acts, ActionType.SPONSOR);
            Statement.ParticipationAction refusal = latest(acts, ActionType.REFUSAL);
            // withdrawn once any withdrawal after the latest consent has taken effect
            int w = 0;
            for (Statement.ParticipationAction x : acts) {
                if (x.type() == ActionType.WITHDRAWAL && (consent == null || later(x.date(), consent.date()))) {
                    w = Math.max(w, onOrBefore(x.effective() != null ? x.effective() : x.date(), at));
                }
            }
            String row;
            if (w > 0) {
                row = PartyStatus.WITHDRAWN + ":" + (w == 2);
            } else if (consent != null) {
                int given = onOrBefore(consent.date(), at);
                PartialDate eff = consent.effective();
                int effective;
                if (eff != null) {
                    effective = onOrBefore(eff, at);
                } else if (g.inForce == null) {
                    effective = 0;
                } else {
                    PartialDate later = consent.date() == null ? g.inForce : consent.date().compareTo(g.inForce) >= 0 ? consent.date() : g.inForce;
                    effective = onOrBefore(later, at);
                }
                row = effective > 0 ? PartyStatus.BOUND + ":" + (Math.min(given, effective) == 2) : PartyStatus.CONSENTED + ":" + (given == 2);
            } else if (signature != null) {
                row = PartyStatus.SIGNATORY + ":" + (onOrBefore(signature.date(), at) == 2);
            } else if (sponsor != null) {
                row = PartyStatus.SPONSOR + ":" + (onOrBefore(sponsor.date(), at) == 2);
            } else if (refusal != null) {
                row = PartyStatus.DECLINED + ":" + (onOrBefore(refusal.date(), at) == 2);
            } else {
                return;
            }
            out.add(actor.key() + ":" + row);
        });
        out.sort(Comparator.naturalOrder());
        return out;
    }

    static Statement.@Nullable ParticipationAction latest(List<Statement.ParticipationAction> acts, ActionType... types) {
        Statement.ParticipationAction best = null;
        for (Statement.ParticipationAction a : acts) {
            if (List.of(types).contains(a.type()) && (best == null || later(a.date(), best.date()))) {
                best = a;
            }
        }
        return best;
    }

    static boolean later(@Nullable PartialDate a, @Nullable PartialDate b) {
        return a != null && (b == null || a.compareTo(b) > 0);
    }
}
