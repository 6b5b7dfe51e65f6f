package org.normscope.world;

import java.util.Arrays;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Id;
import org.normscope.model.PartialDate;
import org.normscope.model.Statement;
import org.normscope.model.Statement.Membership;

/**
 * One organisation's memberships laid out for comparing two days: sorted by member, so that each
 * member's periods form a run, with the bounds of every period in plain arrays. What a member held
 * on each of two days is then one pass over its run, without a map per day.
 *
 * <p>A missing start is stored as a start long past (certainly begun), a missing end as an end
 * far ahead (certainly not over), which gives the answers of {@link
 * org.normscope.model.Period#contains(long)}.
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
    private final byte[] role;
    private final int[] fromLo;
    private final int[] fromHi;
    private final int[] toLo;
    private final int[] toHi;
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
        role = new byte[n];
        fromLo = new int[n];
        fromHi = new int[n];
        toLo = new int[n];
        toHi = new int[n];
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
            role[i] = (byte) m.role().ordinal();
            PartialDate from = m.period().from();
            PartialDate to = m.period().to();
            fromLo[i] = from == null ? Integer.MIN_VALUE : clamp(from.possiblyFirstDay());
            fromHi[i] = from == null ? Integer.MIN_VALUE : clamp(from.possiblyLastDay());
            toLo[i] = to == null ? Integer.MAX_VALUE : clamp(to.possiblyFirstDay());
            toHi[i] = to == null ? Integer.MAX_VALUE : clamp(to.possiblyLastDay());
        }
        start[runs] = n;
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

    private static int clamp(long day) {
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE - 1, day));
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

    /** Does period {@code i} hold on {@code day}: 2 certainly, 1 possibly, 0 not. */
    private int holds(int i, long day) {
        if (fromLo[i] > day || toHi[i] < day) {
            return 0;
        }
        return fromHi[i] <= day && toLo[i] >= day ? 2 : 1;
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
            int h = holds(i, day1);
            if (h != 0 && (best1 < 0 || better(i, h, best1, holds1))) {
                best1 = i;
                holds1 = h;
            }
            h = holds(i, day2);
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
        return role[i];
    }

    int rank(int r) {
        return ranks[r];
    }

    private boolean better(int i, int holds, int best, int bestHolds) {
        if (role[i] != role[best]) {
            return role[i] < role[best];
        }
        if (holds != bestHolds) {
            return holds > bestHolds;
        }
        return idOrder[i] < idOrder[best];
    }
}
