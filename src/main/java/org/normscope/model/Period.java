package org.normscope.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A span of valid time. Both ends are inclusive; a missing end is open. {@code to} is the last day it held. */
public record Period(@Nullable PartialDate from, @Nullable PartialDate to) {
    public static final Period ALWAYS = new Period(null, null);

    public static Period open(PartialDate from) {
        return new Period(from, null);
    }

    public static Period of(@Nullable PartialDate from, @Nullable PartialDate to) {
        return new Period(from, to);
    }

    /** Is the start certainly after the end? Such a period is invalid. */
    public boolean isInverted() {
        return from != null && to != null && from.possiblyFirstDay() > to.possiblyLastDay();
    }

    /** Does the period hold on day {@code d}? */
    public Truth contains(LocalDate d) {
        return contains(d.toEpochDay());
    }

    /** Does the period hold on the epoch day {@code d}? */
    public Truth contains(long d) {
        Truth started = from == null ? Truth.YES : from.onOrBefore(d);
        if (started == Truth.NO) {
            return Truth.NO;
        }
        Truth notEnded = to == null ? Truth.YES : to.onOrAfter(d);
        return started.and(notEnded);
    }

    /** Do the two periods share a day? */
    public Truth overlaps(Period o) {
        Truth a = from == null || o.to == null ? Truth.YES : from.onOrBefore(o.to);
        Truth b = o.from == null || to == null ? Truth.YES : o.from.onOrBefore(to);
        return a.and(b);
    }

    @Override
    public String toString() {
        return (from == null ? ".." : from.toString()) + "/" + (to == null ? ".." : to.toString());
    }
}
