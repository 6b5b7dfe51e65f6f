package org.normscope.world;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Id;
import org.normscope.model.PartialDate;
import org.normscope.model.Role;
import org.normscope.model.SourceRef;
import org.normscope.model.Statement.Membership;

/**
 * One organisation's memberships laid out for members-at, in canonical order: the period bounds
 * and roles in plain arrays for the test, and beside them what a row carries (member, name, name
 * rank, dates, sources), so that answering reads a few arrays instead of a membership, its
 * period and a name lookup for each candidate. An organisation with many periods also has an
 * {@link IntervalIndex} over the same positions.
 */
final class MemberLayout {
    /** Below this many periods a plain scan beats the tree. */
    static final int TREE_THRESHOLD = 64;
    private static final Role[] ROLES = Role.values();

    private final PeriodBounds bounds;
    private final Id[] member;
    private final String[] name;
    private final int[] rank;
    private final @Nullable PartialDate[] from;
    private final @Nullable PartialDate[] to;
    private final List<SourceRef>[] sources;
    private final @Nullable IntervalIndex<Membership> tree;

    @SuppressWarnings({"unchecked", "rawtypes"})
    MemberLayout(Membership[] canonical, Snapshot names) {
        int n = canonical.length;
        bounds = new PeriodBounds(canonical);
        member = new Id[n];
        name = new String[n];
        rank = new int[n];
        from = new PartialDate[n];
        to = new PartialDate[n];
        sources = new List[n];
        for (int i = 0; i < n; i++) {
            Membership m = canonical[i];
            from[i] = m.period().from();
            to[i] = m.period().to();
            member[i] = m.member();
            name[i] = names.name(m.member());
            rank[i] = names.nameRank(m.member());
            sources[i] = m.sources();
        }
        tree = n > TREE_THRESHOLD ? new IntervalIndex<>(List.of(canonical), MemberLayout::firstPossibleDay, MemberLayout::lastPossibleDay,
                new Membership[0]) : null;
    }

    private static long firstPossibleDay(Membership m) {
        return m.period().from() == null ? Long.MIN_VALUE : m.period().from().possiblyFirstDay();
    }

    private static long lastPossibleDay(Membership m) {
        return m.period().to() == null ? Long.MAX_VALUE : m.period().to().possiblyLastDay();
    }

    /** Takes the position of a period that holds on the day, and whether it certainly does. */
    @FunctionalInterface
    interface Holder {
        void accept(int i, boolean certain);
    }

    /** Hands every period that holds, or may hold, on {@code day} in {@code role} (null: any) to {@code sink}. */
    void holding(long day, @Nullable Role role, Holder sink) {
        int want = role == null ? -1 : role.ordinal();
        if (tree != null) {
            tree.stabPositions(day, i -> test(i, day, want, sink));
        } else {
            for (int i = 0; i < bounds.size(); i++) {
                test(i, day, want, sink);
            }
        }
    }

    private void test(int i, long day, int want, Holder sink) {
        if (want >= 0 && bounds.role(i) != want) {
            return;
        }
        int holds = bounds.holds(i, day);
        if (holds > 0) {
            sink.accept(i, holds == 2);
        }
    }

    /** The row of period {@code i}. */
    Rows.Member row(int i, boolean certain) {
        return new Rows.Member(member[i], name[i], ROLES[bounds.role(i)], from[i], to[i], certain, sources[i]);
    }

    /** Sort key of period {@code i}'s row: its role, then its member's name rank. */
    long key(int i) {
        return (long) bounds.role(i) << 24 | rank[i];
    }
}
