package org.normscope.world;

import java.util.Arrays;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Id;
import org.normscope.model.Statement;
import org.normscope.model.Statement.Membership;

/**
 * One organisation's memberships laid out for comparing two days: sorted by member, so that each
 * member's periods form a run, with the bounds of every period in plain arrays ({@link
 * PeriodBounds}). What a member held on each of two days is then one pass over its run, without a
 * map per day.
 */
final class MembershipRuns {
    private static final Membership[] NONE = {};
    private static final Comparator<Membership> BY_MEMBER =
            Comparator.comparing(Membership::member).thenComparing(Statement.CANONICAL_ORDER);

    private final Membership[] memberships;
    /** Run {@code r} is {@code memberships[start[r]]} up to {@code start[r + 1]}. */
    private final int[] start;
    private final String[] names;
    /** Each run's member's {@link Snapshot#nameRank}. */
    private final int[] ranks;
    private final PeriodBounds bounds;
    /** Within a run, the place of each statement's id in the order of the run's ids. */
    private final int[] idOrder;

    MembershipRuns(Membership[] canonical, Snapshot names) {
        memberships = canonical.clone();
        Arrays.sort(memberships, BY_MEMBER);
        int n = memberships.length;
        int runs = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || !memberships[i].member().equals(memberships[i - 1].member())) {
                runs++;
            }
        }
        start = new int[runs + 1];
        this.names = new String[runs];
        ranks = new int[runs];
        idOrder = new int[n];
        int r = -1;
        for (int i = 0; i < n; i++) {
            Membership m = memberships[i];
            if (i == 0 || !m.member().equals(memberships[i - 1].member())) {
                r++;
                start[r] = i;
                this.names[r] = names.name(m.member());
                ranks[r] = names.nameRank(m.member());
            }
        }
        start[runs] = n;
        bounds = new PeriodBounds(memberships);
        for (r = 0; r < runs; r++) {
            int s = start[r];
            int e = start[r + 1];
            if (e - s == 1) {
                continue;
            }
            Integer[] byId = new Integer[e - s];
            Arrays.setAll(byId, k -> s + k);
            Arrays.sort(byId, Comparator.comparing((Integer k) -> memberships[k].id()));
            for (int k = 0; k < byId.length; k++) {
                idOrder[byId[k]] = k;
            }
        }
    }

    static MembershipRuns of(@Nullable Membership[] canonical, Snapshot names) {
        return new MembershipRuns(canonical == null ? NONE : canonical, names);
    }

    int runs() {
        return names.length;
    }

    Id member(int r) {
        return memberships[start[r]].member();
    }

    String name(int r) {
        return names[r];
    }

    Membership membership(int i) {
        return memberships[i];
    }


    /**
     * What run {@code r}'s member held on each of two days: for each, the index of the period that
     * wins (the highest role, then a certain hold, then the smaller statement id), or -1; packed
     * as {@code first << 32 | second}, read back with {@link #first} and {@link #second}.
     */
    long held(int r, long day1, long day2) {
        int best1 = -1;
        int holds1 = 0;
        int best2 = -1;
        int holds2 = 0;
        for (int i = start[r]; i < start[r + 1]; i++) {
            int h = bounds.holds(i, day1);
            if (h != 0 && (best1 < 0 || better(i, h, best1, holds1))) {
                best1 = i;
                holds1 = h;
            }
            h = bounds.holds(i, day2);
            if (h != 0 && (best2 < 0 || better(i, h, best2, holds2))) {
                best2 = i;
                holds2 = h;
            }
        }
        return (long) best1 << 32 | (best2 & 0xffffffffL);
    }

    static int first(long held) {
        return (int) (held >> 32);
    }

    static int second(long held) {
        return (int) held;
    }

    /** The role of period {@code i}, as its ordinal. */
    int role(int i) {
        return bounds.role(i);
    }

    int rank(int r) {
        return ranks[r];
    }

    private boolean better(int i, int holds, int best, int bestHolds) {
        if (bounds.role(i) != bounds.role(best)) {
            return bounds.role(i) < bounds.role(best);
        }
        if (holds != bestHolds) {
            return holds > bestHolds;
        }
        return idOrder[i] < idOrder[best];
    }
}
