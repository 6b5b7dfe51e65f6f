package org.normscope.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.PartialDate;
import org.normscope.model.PartyStatus;
import org.normscope.model.Role;
import org.normscope.model.SourceRef;
import org.normscope.model.Statement;
import org.normscope.model.Statement.Membership;
import org.normscope.model.Truth;
import org.normscope.model.Words;

/**
 * The analyst's questions built on the core ones, all on one snapshot: the matrix of actors by
 * instruments, what changed between two dates, what joining an organisation means, overlaps of
 * membership, and side-by-side comparison. Each is a composition of members-at and parties-at,
 * so each inherits their dates, ranks and record time.
 */
public final class Analysis {
    private final Snapshot s;

    public Analysis(Snapshot snapshot) {
        this.s = snapshot;
    }

    // ---- question 4: the matrix ----

    public Rows.Matrix matrix(List<Id> actors, List<Id> instruments, LocalDate at) {
        // each distinct actor gets a line of cells, one per column; duplicates share the line. The
        // actors are found by the rank of their names, a number unique to each entity of the snapshot.
        Map<Id, Integer> line = new HashMap<>(actors.size() * 2);
        for (Id a : actors) {
            line.putIfAbsent(a, line.size());
        }
        // an open-addressing table from name rank to line: a probe or two per actor of a column
        int size = Integer.highestOneBit(Math.max(4, line.size() * 4) - 1) << 1;
        int[] slotRank = new int[size];
        int[] slotLine = new int[size];
        java.util.Arrays.fill(slotRank, -1);
        for (Map.Entry<Id, Integer> e : line.entrySet()) {
            if (s.entities().containsKey(e.getKey())) {
                int rank = s.nameRank(e.getKey());
                int i = slot(rank, size);
                while (slotRank[i] >= 0) {
                    i = (i + 1) & (size - 1);
                }
                slotRank[i] = rank;
                slotLine[i] = e.getValue();
            }
        }
        int columns = instruments.size();
        Rows.Party[] cells = new Rows.Party[line.size() * columns];
        for (int c = 0; c < columns; c++) {
            int column = c;
            s.forEachParty(instruments.get(c), null, at, rank -> {
                for (int i = slot(rank, size); ; i = (i + 1) & (size - 1)) {
                    if (slotRank[i] == rank) {
                        return slotLine[i];
                    }
                    if (slotRank[i] < 0) {
                        return -1;
                    }
                }
            }, (l, p) -> cells[l * columns + column] = p);
        }
        PartyStatus[] statuses = PartyStatus.values();
        int[] counts = new int[columns * statuses.length];
        List<Rows.MatrixRow> rows = new ArrayList<>(actors.size());
        for (Id a : actors) {
            int base = line.get(a) * columns;
            Map<Id, Rows.Party> mine = new LinkedHashMap<>();
            for (int c = 0; c < columns; c++) {
                Rows.Party p = cells[base + c];
                if (p != null) {
                    mine.put(instruments.get(c), p);
                    counts[c * statuses.length + p.status().ordinal()]++;
                }
            }
            rows.add(new Rows.MatrixRow(a, s.name(a), mine));
        }
        Map<Id, Map<PartyStatus, Integer>> totals = new LinkedHashMap<>();
        for (int c = 0; c < columns; c++) {
            Map<PartyStatus, Integer> t = totals.computeIfAbsent(instruments.get(c), k -> new EnumMap<>(PartyStatus.class));
            for (PartyStatus st : statuses) {
                int n = counts[c * statuses.length + st.ordinal()];
                if (n > 0) {
                    t.merge(st, n, Integer::sum);
                }
            }
        }
        return new Rows.Matrix(List.copyOf(instruments), rows, totals);
    }

    private static int slot(int rank, int size) {
        return (rank * 0x9E3779B9 >>> 7) & (size - 1);
    }

    /**
     * The order of groups when a matrix's rows are grouped by one column: the most committed
     * first — bound, consented, signatory, sponsor — then withdrawn, declined, and no relation.
     */
    public static int groupRank(Rows.MatrixRow row, Id column) {
        Rows.Party p = row.cells().get(column);
        if (p == null) {
            return 9;
        }
        return switch (p.status()) {
            case BOUND -> 0;
            case CONSENTED -> 1;
            case SIGNATORY -> 2;
            case SPONSOR -> 3;
            case WITHDRAWN -> 4;
            case DECLINED -> 5;
        };
    }

    // ---- question 5: what changed ----

    /**
     * What changed between {@code from} and {@code to}: memberships (of one organisation, or all),
     * party statuses (to one instrument, or all) and lifecycle steps dated after {@code from} and
     * on or before {@code to}. Applying the membership and status changes to the world on
     * {@code from} gives the world on {@code to}.
     */
    public List<Rows.Change> diff(LocalDate from, LocalDate to, @Nullable Id org, @Nullable Id instrument) {
        List<Rows.Change> out = new ArrayList<>();
        // sort keys of the membership changes, worked out as they are found (see changeKey)
        KeySort.Keys keys = new KeySort.Keys();
        if (instrument == null) {
            List<Id> orgs = org != null ? List.of(org) : s.entities(Kind.ORG).stream().map(Entity::id).toList();
            for (Id o : orgs) {
                membershipChanges(o, from, to, out, keys);
            }
        }
        List<Id> instruments;
        if (instrument != null) {
            instruments = List.of(instrument);
        } else if (org != null) {
            instruments = adoptedBy(org);
        } else {
            instruments = s.entities(Kind.INSTRUMENT).stream().map(Entity::id).toList();
        }
        for (Id i : instruments) {
            statusChanges(i, from, to, out);
            for (Statement.LifecycleEvent l : s.lifecycleOf(i)) {
                if (l.date() != null && l.date().onOrBefore(from) != Truth.YES && l.date().onOrBefore(to) != Truth.NO) {
                    Id body = l.body() != null ? l.body() : i;
                    out.add(new Rows.Change(Words.word(l.type()), l.date(), i, s.name(i), body, s.name(body), null, null, l.sources()));
                }
            }
        }
        // by date, then by the subject's name, then by the kind of change; as numbers where they fit
        for (int k = keys.size(); k < out.size(); k++) {
            keys.add(changeKey(out.get(k)));
        }
        if (!KeySort.sort(out, keys.toArray())) {
            out.sort(Comparator.comparingLong((Rows.Change c) -> c.date() == null ? Long.MIN_VALUE : c.date().firstDay())
                    .thenComparing(Rows.Change::subjectName).thenComparing(Rows.Change::change));
        }
        return out;
    }

    /** The words of a change, in alphabetical order: their place stands for the word in sort keys. */
    private static final Map<String, Integer> CHANGES = new HashMap<>();

    static {
        List<String> words = java.util.stream.Stream.concat(
                java.util.Arrays.stream(org.normscope.model.LifecycleType.values()).map(Words::word),
                java.util.stream.Stream.of("joined", "left", "role-changed", "sponsored", "signed", "consented", "bound", "withdrew"))
                .distinct().sorted().toList();
        for (int i = 0; i < words.size(); i++) {
            CHANGES.put(words.get(i), i);
        }
    }
    /** Days from 1 January 1700: dates before it or 350 years after it fall back to the comparator. */
    private static final long FIRST_DAY = LocalDate.of(1700, 1, 1).toEpochDay();

    /** date (17 bits: days since 1700, 0 for none) | name rank (22 bits) | change (4 bits); -1 when something does not fit. */
    private long changeKey(Rows.Change c) {
        Integer change = CHANGES.get(c.change());
        return change == null ? -1 : changeKey(c.date(), s.nameRank(c.subject()), change);
    }

    private static long changeKey(@Nullable PartialDate date, int rank, int change) {
        long day = date == null ? 0 : date.firstDay() - FIRST_DAY + 1;
        if (day < 0 || day >= 1 << 17 || rank >= 1 << 22 || change >= 16) {
            return -1;
        }
        return day << 26 | (long) rank << 4 | change;
    }

    private static final int JOINED = CHANGES.get("joined");
    private static final int LEFT = CHANGES.get("left");
    private static final int ROLE_CHANGED = CHANGES.get("role-changed");

    /** Adds {@code org}'s membership changes to {@code out} and their sort keys to {@code keys}. */
    private void membershipChanges(Id org, LocalDate from, LocalDate to, List<Rows.Change> out, KeySort.Keys keys) {
        MembershipRuns runs = s.membershipRuns(org);
        long before = from.toEpochDay();
        long after = to.toEpochDay();
        String orgName = s.name(org);
        for (int r = 0; r < runs.runs(); r++) {
            long held = runs.held(r, before, after);
            int b = MembershipRuns.first(held);
            int a = MembershipRuns.second(held);
            if (b < 0 && a < 0 || (b >= 0 && a >= 0 && runs.role(b) == runs.role(a))) {
                continue;
            }
            Membership mb = b < 0 ? null : runs.membership(b);
            Membership ma = a < 0 ? null : runs.membership(a);
            String change = mb == null ? "joined" : ma == null ? "left" : "role-changed";
            PartialDate date = ma != null ? ma.period().from() : mb.period().to();
            List<SourceRef> sources = ma != null ? ma.sources() : mb.sources();
            keys.add(changeKey(date, runs.rank(r), mb == null ? JOINED : ma == null ? LEFT : ROLE_CHANGED));
            out.add(new Rows.Change(change, date, runs.member(r), runs.name(r), org, orgName, mb == null ? null : Words.word(mb.role()),
                    ma == null ? null : Words.word(ma.role()), sources));
        }
    }


    /** One row per member, its highest role if it holds several at once. */
    private static Map<Id, Rows.Member> byMember(List<Rows.Member> rows) {
        Map<Id, Rows.Member> out = new HashMap<>();
        for (Rows.Member r : rows) {
            out.merge(r.id(), r, (x, y) -> x.role().ordinal() <= y.role().ordinal() ? x : y);
        }
        return out;
    }

    private void statusChanges(Id instrument, LocalDate from, LocalDate to, List<Rows.Change> out) {
        Map<Id, Rows.Party> before = new HashMap<>();
        s.parties(instrument, null, from).forEach(p -> before.put(p.id(), p));
        Map<Id, Rows.Party> after = new HashMap<>();
        s.parties(instrument, null, to).forEach(p -> after.put(p.id(), p));
        Set<Id> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (Id actor : all) {
            Rows.Party b = before.get(actor);
            Rows.Party a = after.get(actor);
            if (a == null || (b != null && b.status() == a.status())) {
                continue;
            }
            String change = switch (a.status()) {
                case SPONSOR -> "sponsored";
                case SIGNATORY -> "signed";
                case CONSENTED -> "consented";
                case BOUND -> "bound";
                case WITHDRAWN -> "withdrew";
                case DECLINED -> "declined";
            };
            out.add(new Rows.Change(change, decidingDate(a, to), actor, s.name(actor), instrument, s.name(instrument),
                    b == null ? null : Words.word(b.status()), Words.word(a.status()), a.sources()));
        }
    }

    /** The date of the latest action that can explain the status on {@code at}. */
    private static @Nullable PartialDate decidingDate(Rows.Party p, LocalDate at) {
        PartialDate best = null;
        for (Statement.ParticipationAction a : p.actions()) {
            for (PartialDate d : new PartialDate[] {a.date(), a.effective()}) {
                if (d != null && d.onOrBefore(at) != Truth.NO && (best == null || d.compareTo(best) > 0)) {
                    best = d;
                }
            }
        }
        return best;
    }

    private List<Id> adoptedBy(Id org) {
        List<Id> out = new ArrayList<>();
        for (Entity e : s.entities(Kind.INSTRUMENT)) {
            if (e.details() instanceof Details.InstrumentDetails d && org.equals(d.adoptedBy())) {
                out.add(e.id());
            }
        }
        return out;
    }

    // ---- question 6: what joining means ----

    /**
     * If {@code state} joined {@code org} on {@code at}: every instrument that any full member is
     * party to, or that the organisation adopted, with how many members are party to it, the
     * state's own status, and whether membership alone would bind it. Instruments the state is
     * already bound by are left out.
     */
    public List<Rows.WhatIf> whatIf(Id state, Id org, LocalDate at) {
        return whatIf(state, org, at, 0.0);
    }

    /**
     * As {@link #whatIf(Id, Id, LocalDate)}, keeping only instruments that membership binds
     * automatically or that more than {@code share} of the members are party to (0.5: most).
     */
    public List<Rows.WhatIf> whatIf(Id state, Id org, LocalDate at, double share) {
        List<Rows.Member> members = s.members(org, at, Role.MEMBER);
        Set<Id> candidates = new LinkedHashSet<>(adoptedBy(org));
        for (Rows.Member m : members) {
            candidates.addAll(s.instrumentsOf(m.id()));
        }
        List<Rows.WhatIf> rows = new ArrayList<>();
        for (Id i : candidates) {
            Map<Id, Rows.Party> parties = new HashMap<>();
            s.parties(i, null, at).forEach(p -> parties.put(p.id(), p));
            int party = 0;
            Set<SourceRef> sources = new LinkedHashSet<>();
            for (Rows.Member m : members) {
                Rows.Party p = parties.get(m.id());
                if (p != null && p.status() != PartyStatus.WITHDRAWN && p.status() != PartyStatus.DECLINED) {
                    party++;
                    sources.addAll(p.sources());
                }
            }
            boolean automatic = s.entity(i).map(e -> e.details() instanceof Details.InstrumentDetails d
                    && d.membershipBinds() && org.equals(d.adoptedBy())).orElse(false);
            Rows.Party own = parties.get(state);
            if (own != null && own.status() == PartyStatus.BOUND) {
                continue;
            }
            if (!automatic && (party == 0 || party <= share * members.size())) {
                continue;
            }
            rows.add(new Rows.WhatIf(i, s.name(i), party, members.size(), own == null ? null : own.status(), automatic, List.copyOf(sources)));
        }
        rows.sort(Comparator.comparing(Rows.WhatIf::automatic).reversed()
                .thenComparing(Comparator.comparingInt(Rows.WhatIf::membersParty).reversed()).thenComparing(Rows.WhatIf::name));
        return rows;
    }

    // ---- question 7: overlaps ----

    /** States that are full members of both organisations on {@code at}, or of only one. */
    public List<Rows.Overlap> overlap(Id first, Id second, LocalDate at) {
        Map<Id, Rows.Member> a = byMember(s.members(first, at, Role.MEMBER));
        Map<Id, Rows.Member> b = byMember(s.members(second, at, Role.MEMBER));
        Set<Id> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        List<Rows.Overlap> rows = new ArrayList<>();
        for (Id m : all) {
            Rows.Member x = a.get(m);
            Rows.Member y = b.get(m);
            String in = x != null && y != null ? "both" : x != null ? "first" : "second";
            Set<SourceRef> sources = new LinkedHashSet<>();
            if (x != null) {
                sources.addAll(x.sources());
            }
            if (y != null) {
                sources.addAll(y.sources());
            }
            rows.add(new Rows.Overlap(m, s.name(m), in, x == null ? null : x.role(), y == null ? null : y.role(), List.copyOf(sources)));
        }
        rows.sort(Comparator.comparing((Rows.Overlap r) -> switch (r.in()) {
            case "both" -> 0;
            case "first" -> 1;
            default -> 2;
        }).thenComparing(Rows.Overlap::name));
        return rows;
    }

    // ---- compare ----

    /**
     * Any number of states or organisations side by side on {@code at}: for states, their
     * memberships and their status towards instruments; for organisations, their members.
     * Every feature any of them has is a line; {@code same} marks lines where all agree.
     */
    public List<Rows.Comparison> compare(List<Id> ids, LocalDate at) {
        Map<String, Map<Id, String>> features = new TreeMap<>();
        Map<String, Id> about = new HashMap<>();
        for (Id id : ids) {
            if (id.kind() == Kind.ORG) {
                for (Rows.Member m : s.members(id, at, null)) {
                    put(features, about, "member " + m.id(), m.id(), id, Words.word(m.role()));
                }
            } else {
                for (Statement.Membership m : s.membershipsOf(id)) {
                    Truth t = m.period().contains(at);
                    if (t != Truth.NO) {
                        put(features, about, "membership " + m.org(), m.org(), id, Words.word(m.role()) + (t == Truth.YES ? "" : " (possibly)"));
                    }
                }
                for (Id i : s.instrumentsOf(id)) {
                    Rows.Party p = s.party(i, id, at);
                    if (p != null) {
                        put(features, about, "instrument " + i, i, id, Words.word(p.status()) + (p.certain() ? "" : " (possibly)"));
                    }
                }
                for (Statement.Attendance a : s.attendanceOf(id)) {
                    put(features, about, "event " + a.event(), a.event(), id, Words.word(a.role()));
                }
            }
        }
        List<Rows.Comparison> rows = new ArrayList<>();
        features.forEach((feature, values) -> {
            Map<Id, String> full = new LinkedHashMap<>();
            for (Id id : ids) {
                full.put(id, values.getOrDefault(id, ""));
            }
            boolean same = new LinkedHashSet<>(full.values()).size() == 1;
            String kind = feature.substring(0, feature.indexOf(' '));
            Id what = about.get(feature);
            rows.add(new Rows.Comparison(kind, what, s.name(what), full, same));
        });
        return rows;
    }

    private static void put(Map<String, Map<Id, String>> features, Map<String, Id> about, String feature, Id what, Id who, String value) {
        features.computeIfAbsent(feature, k -> new HashMap<>()).merge(who, value, (x, y) -> x + ", " + y);
        about.put(feature, what);
    }
}
