package org.normscope.world;

import org.jspecify.annotations.Nullable;
import org.normscope.model.PartialDate;
import org.normscope.model.Statement.Membership;

/**
 * The periods of some memberships, in the order given, as plain arrays of epoch days: the
 * possible first and last day of each start and end, and each role. A missing start is stored as
 * a start long past (certainly begun), a missing end as an end far ahead (certainly not over),
 * which gives the answers of {@link org.normscope.model.Period#contains(long)}.
 */
final class PeriodBounds {
    private final byte[] role;
    private final int[] fromLo;
    private final int[] fromHi;
    private final int[] toLo;
    private final int[] toHi;

    PeriodBounds(Membership[] memberships) {
        int n = memberships.length;
        role = new byte[n];
        fromLo = new int[n];
        fromHi = new int[n];
        toLo = new int[n];
        toHi = new int[n];
        for (int i = 0; i < n; i++) {
            Membership m = memberships[i];
            role[i] = (byte) m.role().ordinal();
            PartialDate from = m.period().from();
            PartialDate to = m.period().to();
            fromLo[i] = from == null ? Integer.MIN_VALUE : first(from);
            fromHi[i] = from == null ? Integer.MIN_VALUE : clamp(from.possiblyLastDay());
            toLo[i] = to == null ? Integer.MAX_VALUE : clamp(to.possiblyFirstDay());
            toHi[i] = to == null ? Integer.MAX_VALUE : last(to);
        }
    }

    int size() {
        return role.length;
    }

    /** The role of period {@code i}, as its ordinal. */
    int role(int i) {
        return role[i];
    }

    /** Does period {@code i} hold on {@code day}: 2 certainly, 1 possibly, 0 not. */
    int holds(int i, long day) {
        if (fromLo[i] > day || toHi[i] < day) {
            return 0;
        }
        return fromHi[i] <= day && toLo[i] >= day ? 2 : 1;
    }

    /** An epoch day as an int, kept clear of the two values that stand for "long past" and "far ahead". */
    static int clamp(long day) {
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE - 1, day));
    }

    /** The possible first day of a date; an unknown date could be any day, so long past. */
    static int first(@Nullable PartialDate d) {
        return d == null ? Integer.MIN_VALUE : clamp(d.possiblyFirstDay());
    }

    /** The possible last day of a date; an unknown date could be any day, so far ahead. */
    static int last(@Nullable PartialDate d) {
        return d == null ? Integer.MAX_VALUE : clamp(d.possiblyLastDay());
    }
}
