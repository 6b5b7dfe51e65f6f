package org.normscope.world;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.LifecycleType;
import org.normscope.model.PartialDate;
import org.normscope.model.PartyStatus;
import org.normscope.model.Rank;
import org.normscope.model.Role;
import org.normscope.model.Statement;
import org.normscope.model.Statement.Attendance;
import org.normscope.model.Statement.LifecycleEvent;
import org.normscope.model.Statement.Membership;
import org.normscope.model.Statement.ParticipationAction;
import org.normscope.model.Truth;

/**
 * The world as the record stood at one moment of record time, indexed for the questions. Immutable:
 * readers share it without locks. Statements outranked by a disagreeing statement of higher rank
 * (same key, overlapping validity) are kept for history but left out of the answers.
 *
 * <p>Each index maps an entity to an array of its statements, so that an as-of question is one
 * hash lookup and a scan of that entity's statements. An organisation with many periods also
 * gets an {@link IntervalIndex}, so that members-at touches only the periods that may hold on
 * the day: microseconds even for an organisation with a hundred thousand periods.
 */
public final class Snapshot {
    private static final Membership[] NO_MEMBERSHIPS = {};

    private final Instant known;
    private final Map<Id, Entity> entities;
    /** Statements by owner as they came; {@link #statementsOf} sorts an owner's on first use and keeps it. */
    private final Map<Id, List<Statement>> unsortedByOwner;
    private final java.util.concurrent.ConcurrentHashMap<Id, List<Statement>> sortedByOwner = new java.util.concurrent.ConcurrentHashMap<>();
    private final int statementCount;
    private final Map<Id, Membership[]> membershipsByOrg;
    /** Each organisation's memberships laid out for members-at (with an interval tree when it has many). */
    private final Map<Id, MemberLayout> memberLayouts;
    private final Map<Id, Membership[]> membershipsByMember;
    /** Each instrument's actions, grouped by actor: see {@link PartyRuns}. */
    private final Map<Id, PartyRuns> actionsByInstrument;
    /** Each actor's instruments as they came (repeated once per action); sorted into a set when first asked for. */
    private final Map<Id, List<Id>> instrumentsByActor;
    private final java.util.concurrent.ConcurrentHashMap<Id, Set<Id>> instrumentSets = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Id, List<LifecycleEvent>> lifecycleByInstrument;
    private final Map<Id, List<Attendance>> attendanceByParticipant;
    private final NameIndex names;
    /** Each entity's display name, computed once: every row of every answer carries one. */
    private final HashMap<Id, Label> displayNames;

    /** An entity's display name and its place in the order of all names (ties by id), for sorting rows by a number. */
    private record Label(String name, int rank) {
    }

    Snapshot(Instant known, Map<Id, Entity> entities, Collection<Statement> statements) {
        this.known = known;
        this.entities = Map.copyOf(entities);
        // Disagreeing sources: a normal statement is outranked only by a preferred one with the same
        // key, so keys are computed only for the owners that have a preferred statement.
        Map<String, List<Statement>> preferred = new HashMap<>();
        Set<Id> ownersWithPreferred = new java.util.HashSet<>();
        for (Statement st : statements) {
            if (st.rank() == Rank.PREFERRED) {
                preferred.computeIfAbsent(st.key(), k -> new ArrayList<>(1)).add(st);
                ownersWithPreferred.add(st.owner());
            }
        }
        Map<Id, List<Statement>> owners = new HashMap<>();
        Map<Id, List<Membership>> mByOrg = new HashMap<>();
        Map<Id, List<Membership>> mByMember = new HashMap<>();
        Map<Id, List<ParticipationAction>> aByInstrument = new HashMap<>();
        Map<Id, List<LifecycleEvent>> lByInstrument = new HashMap<>();
        Map<Id, List<Attendance>> tByParticipant = new HashMap<>();
        for (Statement st : statements) {
            owners.computeIfAbsent(st.owner(), k -> new ArrayList<>()).add(st);
            if (outranked(st, preferred, ownersWithPreferred)) {
                continue;
            }
            switch (st) {
                case Membership m -> {
                    mByOrg.computeIfAbsent(m.org(), k -> new ArrayList<>()).add(m);
                    mByMember.computeIfAbsent(m.member(), k -> new ArrayList<>()).add(m);
                }
                case ParticipationAction a -> aByInstrument.computeIfAbsent(a.instrument(), k -> new ArrayList<>()).add(a);
                case LifecycleEvent l -> lByInstrument.computeIfAbsent(l.instrument(), k -> new ArrayList<>()).add(l);
                case Attendance t -> tByParticipant.computeIfAbsent(t.participant(), k -> new ArrayList<>()).add(t);
            }
        }
        this.unsortedByOwner = owners;
        this.statementCount = statements.size();

        this.membershipsByOrg = toArrays(mByOrg, NO_MEMBERSHIPS);
        this.membershipsByMember = toArrays(mByMember, NO_MEMBERSHIPS);
        Map<Id, List<Id>> byActor = new HashMap<>();
        aByInstrument.forEach((instrument, actions) -> actions.forEach(a ->
                byActor.computeIfAbsent(a.actor(), k -> new ArrayList<>()).add(instrument)));
        this.instrumentsByActor = byActor;
        lByInstrument.replaceAll((k, v) -> List.copyOf(v));
        this.lifecycleByInstrument = Map.copyOf(lByInstrument);
        tByParticipant.replaceAll((k, v) -> List.copyOf(v));
        this.attendanceByParticipant = Map.copyOf(tByParticipant);
        this.names = new NameIndex(this.entities);
        this.displayNames = new HashMap<>(entities.size() * 2);
        Entity[] byName = entities.values().toArray(Entity[]::new);
        String[] names = new String[byName.length];
        for (int i = 0; i < byName.length; i++) {
            names[i] = byName[i].displayName();
        }
        Integer[] order = new Integer[byName.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            int c = names[a].compareTo(names[b]);
            return c != 0 ? c : byName[a].id().compareTo(byName[b].id());
        });
        for (int r = 0; r < order.length; r++) {
            displayNames.put(byName[order[r]].id(), new Label(names[order[r]], r));
        }
        Map<Id, PartyRuns> runs = new java.util.concurrent.ConcurrentHashMap<>();
        aByInstrument.entrySet().parallelStream().forEach(e -> runs.put(e.getKey(), new PartyRuns(e.getValue(), this, entryIntoForce(e.getKey()))));
        this.actionsByInstrument = new HashMap<>(runs);
        // after the names: each layout carries its members' names and name ranks
        Map<Id, MemberLayout> layouts = new java.util.concurrent.ConcurrentHashMap<>();
        membershipsByOrg.entrySet().parallelStream().forEach(e -> layouts.put(e.getKey(), new MemberLayout(e.getValue(), this)));
        this.memberLayouts = new HashMap<>(layouts);
    }

    /** Each list as an array in canonical order; the sorting shares the processors. */
    private static <T extends Statement> Map<Id, T[]> toArrays(Map<Id, List<T>> lists, T[] empty) {
        lists.values().parallelStream().forEach(v -> v.sort(Statement.CANONICAL_ORDER));
        Map<Id, T[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> out.put(k, v.toArray(empty)));
        return out;
    }

    /**
     * A statement is left out of answers when it is deprecated, or when a preferred statement with
     * the same key covers part of the same time: sources disagree and the better one wins. (Ranks
     * are preferred, normal, deprecated: only a preferred statement can outrank a normal one.)
     */
    private static boolean outranked(Statement s, Map<String, List<Statement>> preferred, Set<Id> ownersWithPreferred) {
        if (s.rank() == Rank.DEPRECATED) {
            return true;
        }
        if (s.rank() != Rank.NORMAL || !ownersWithPreferred.contains(s.owner())) {
            return false;
        }
        for (Statement o : preferred.getOrDefault(s.key(), List.of())) {
            if (!(s instanceof Membership m) || ((Membership) o).period().overlaps(m.period()) != Truth.NO) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.concurrent.atomic.AtomicLong SERIALS = new java.util.concurrent.atomic.AtomicLong();
    private final long serial = SERIALS.incrementAndGet();

    /** A number no other snapshot of this process has: what was derived from one snapshot can be kept under it. */
    public long serial() {
        return serial;
    }

    /** The record time this snapshot stands at. */
    public Instant known() {
        return known;
    }

    public Optional<Entity> entity(Id id) {
        return Optional.ofNullable(entities.get(id));
    }

    public Map<Id, Entity> entities() {
        return entities;
    }

    private final java.util.concurrent.ConcurrentHashMap<Kind, List<Entity>> byKind = new java.util.concurrent.ConcurrentHashMap<>();

    /** The entities of one kind, by display name (worked out once per snapshot). */
    public List<Entity> entities(Kind kind) {
        return byKind.computeIfAbsent(kind, k -> entities.values().stream().filter(e -> e.id().kind() == k)
                .sorted(Comparator.comparing(Entity::displayName)).toList());
    }

    public String name(Id id) {
        Label l = displayNames.get(id);
        return l == null ? id.toString() : l.name();
    }

    /**
     * The place of the entity's name in the alphabetical order of all names (0 first; ties by id),
     * so that rows can be sorted by name as numbers; unknown ids come after every known one.
     */
    public int nameRank(Id id) {
        Label l = displayNames.get(id);
        return l == null ? displayNames.size() : l.rank();
    }

    /** The statements held in {@code owner}'s file, all ranks, in canonical order (sorted when first asked for). */
    public List<Statement> statementsOf(Id owner) {
        List<Statement> unsorted = unsortedByOwner.get(owner);
        if (unsorted == null) {
            return List.of();
        }
        return sortedByOwner.computeIfAbsent(owner, k -> sorted(unsorted));
    }

    private static List<Statement> sorted(List<Statement> statements) {
        List<Statement> copy = new ArrayList<>(statements);
        copy.sort(Statement.CANONICAL_ORDER);
        return List.copyOf(copy);
    }

    /** Every owner's statements, each list in canonical order. */
    public Map<Id, List<Statement>> statementsByOwner() {
        Map<Id, List<Statement>> all = new HashMap<>(unsortedByOwner.size() * 2);
        unsortedByOwner.keySet().forEach(owner -> all.put(owner, statementsOf(owner)));
        return java.util.Collections.unmodifiableMap(all);
    }

    public int statementCount() {
        return statementCount;
    }

    /** Resolves what a user typed; {@code kinds} empty means any kind. */
    public Resolution resolve(String reference, Set<Kind> kinds) {
        return names.resolve(reference, kinds);
    }

    // ---- question 1 ----

    /**
     * Members of {@code org} on {@code at} in {@code role}, or in every role when {@code role} is
     * null; possibly-true memberships are included and marked uncertain.
     */
    public List<Rows.Member> members(Id org, LocalDate at, @Nullable Role role) {
        MemberLayout layout = memberLayouts.get(org);
        if (layout == null) {
            return new ArrayList<>();
        }
        List<Rows.Member> rows = new ArrayList<>();
        // each row's sort key: its role, then its member's name rank standing for the name
        KeySort.Keys keys = new KeySort.Keys();
        layout.holding(at.toEpochDay(), role, (i, certain) -> {
            keys.add(layout.key(i));
            rows.add(layout.row(i, certain));
        });
        if (displayNames.size() >= 1 << 24 || !KeySort.sort(rows, keys.toArray())) {
            rows.sort(MEMBER_ORDER);
        }
        return rows;
    }

    private static final Comparator<Rows.Member> MEMBER_ORDER =
            Comparator.comparingInt((Rows.Member r) -> r.role().ordinal()).thenComparing(Rows.Member::name);

    private final java.util.concurrent.ConcurrentHashMap<Id, MembershipRuns> membershipRuns = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code org}'s memberships by member, for comparing days; laid out when first asked for and kept with the snapshot. */
    MembershipRuns membershipRuns(Id org) {
        return membershipRuns.computeIfAbsent(org, k -> MembershipRuns.of(membershipsByOrg.get(k), this));
    }

    /** Every membership of {@code member} (in any organisation), effective ones only, in canonical order. */
    public List<Membership> membershipsOf(Id member) {
        return List.of(membershipsByMember.getOrDefault(member, NO_MEMBERSHIPS));
    }

    public List<Membership> membershipsIn(Id org) {
        return List.of(membershipsByOrg.getOrDefault(org, NO_MEMBERSHIPS));
    }

    // ---- question 2 ----

    /** The date the instrument entered into force, if recorded. */
    public @Nullable PartialDate entryIntoForce(Id instrument) {
        for (LifecycleEvent l : lifecycleByInstrument.getOrDefault(instrument, List.of())) {
            if (l.type() == LifecycleType.ENTERED_INTO_FORCE && l.expression() == null) {
                return l.date();
            }
        }
        return null;
    }

    /** Instruments on which {@code actor} has recorded actions (of any date). */
    public Set<Id> instrumentsOf(Id actor) {
        List<Id> all = instrumentsByActor.get(actor);
        return all == null ? Set.of()
                : instrumentSets.computeIfAbsent(actor, k -> java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(all)));
    }

    /** One actor's status towards one instrument on {@code at}, or null if it has none. */
    public Rows.@Nullable Party party(Id instrument, Id actor, LocalDate at) {
        PartyRuns runs = actionsByInstrument.get(instrument);
        int r = runs == null ? -1 : runs.runOf(actor);
        return r < 0 ? null : runs.standing(r, null, at.toEpochDay());
    }

    public List<LifecycleEvent> lifecycleOf(Id instrument) {
        return lifecycleByInstrument.getOrDefault(instrument, List.of());
    }

    public List<Attendance> attendanceOf(Id participant) {
        return attendanceByParticipant.getOrDefault(participant, List.of());
    }

    /**
     * Parties to {@code instrument} (or to one expression of it) on {@code at}, each with its
     * status: withdrawn, bound, consented, signatory or sponsor.
     */
    public List<Rows.Party> parties(Id instrument, @Nullable String expression, LocalDate at) {
        List<Rows.Party> rows = new ArrayList<>();
        forEachParty(instrument, expression, at, rank -> 0, (row, p) -> rows.add(p));
        // the most committed first, then by name; the name's rank stands for the name
        if (displayNames.size() >= 1 << 24
                || !KeySort.sort(rows, r -> (long) (PartyStatus.values().length - 1 - r.status().ordinal()) << 24 | nameRank(r.id()))) {
            rows.sort(Comparator.comparing((Rows.Party r) -> -r.status().ordinal()).thenComparing(Rows.Party::name));
        }
        return rows;
    }

    /** Where an actor, known by its {@link #nameRank}, goes in a caller's table; negative when the caller does not want it. */
    @FunctionalInterface
    interface Position {
        int of(int nameRank);
    }

    /** Takes one actor's standing and the position {@link Position} gave it. */
    @FunctionalInterface
    interface PartySink {
        void accept(int position, Rows.Party party);
    }

    /**
     * Hands the standing of every actor towards {@code instrument} on {@code at} to {@code sink},
     * unsorted, with its place from {@code position}; an actor placed nowhere (negative) is skipped
     * before its status is worked out. The actions are grouped by actor in their canonical order,
     * so each actor's list is the same as a scan for that actor alone would give.
     */
    void forEachParty(Id instrument, @Nullable String expression, LocalDate at, Position position, PartySink sink) {
        PartyRuns runs = actionsByInstrument.get(instrument);
        if (runs == null) {
            return;
        }
        long day = at.toEpochDay();
        for (int r = 0; r < runs.runs(); r++) {
            int place = position.of(runs.rank(r));
            if (place >= 0) {
                Rows.Party row = runs.standing(r, expression, day);
                if (row != null) {
                    sink.accept(place, row);
                }
            }
        }
    }
}
