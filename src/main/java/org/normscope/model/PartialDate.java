package org.normscope.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the source gives it (EDTF level 0, with {@code ?} uncertain, {@code ~}
 * approximate, {@code %} both). A partial date is a range of days, never its first day: "2005" is
 * some day of 2005. A qualified date widens the range of possible days by one unit of its precision
 * on each side. Comparisons are three-valued.
 */
public final class PartialDate implements Comparable<PartialDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");

    public enum Qualifier {
        NONE(""), UNCERTAIN("?"), APPROXIMATE("~"), BOTH("%");
        final String mark;

        Qualifier(String mark) {
            this.mark = mark;
        }
    }

    public enum Precision { YEAR, MONTH, DAY }

    private final int year;
    private final int month;
    private final int day;
    private final Qualifier qualifier;
    /** Epoch days of the nominal range and of the widened range, computed once: every comparison reads them. */
    private final long first;
    private final long last;
    private final long possiblyFirst;
    private final long possiblyLast;
    /** The EDTF text, made when first asked for (a benign race: every thread makes the same string). */
    private @org.jspecify.annotations.Nullable String text;

    public PartialDate(int year, int month, int day, Qualifier qualifier) {
        if (month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
            throw new ModelException("invalid date " + year + "-" + month + "-" + day);
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new ModelException(String.format("%04d-%02d-%02d is not a day of the calendar", year, month, day));
            }
        }
        this.year = year;
        this.month = month;
        this.day = day;
        this.qualifier = java.util.Objects.requireNonNull(qualifier, "qualifier");
        LocalDate e = switch (precision()) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
        LocalDate l = switch (precision()) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> e;
        };
        this.first = e.toEpochDay();
        this.last = l.toEpochDay();
        if (qualifier == Qualifier.NONE) {
            this.possiblyFirst = first;
            this.possiblyLast = last;
        } else {
            LocalDate pe = switch (precision()) {
                case YEAR -> e.minusYears(1);
                case MONTH -> e.minusMonths(1);
                case DAY -> e.minusDays(1);
            };
            LocalDate pl = switch (precision()) {
                case YEAR -> LocalDate.of(year + 1, 12, 31);
                case MONTH -> YearMonth.of(year, month).plusMonths(1).atEndOfMonth();
                case DAY -> l.plusDays(1);
            };
            this.possiblyFirst = pe.toEpochDay();
            this.possiblyLast = pl.toEpochDay();
        }
    }

    public int year() {
        return year;
    }

    public int month() {
        return month;
    }

    public int day() {
        return day;
    }

    public Qualifier qualifier() {
        return qualifier;
    }

    /** Parses {@code 2001}, {@code 2001-06}, {@code 2001-06-15}, each optionally followed by ?, ~ or %. */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new ModelException("'" + text + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ? or ~)");
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(2) != null && (mo < 1 || mo > 12)) {
            throw new ModelException("'" + text + "' has no month " + m.group(2));
        }
        if (m.group(3) != null && d < 1) {
            throw new ModelException("'" + text + "' has no day " + m.group(3));
        }
        Qualifier q = Qualifier.NONE;
        if (m.group(4) != null) {
            q = switch (m.group(4)) {
                case "?" -> Qualifier.UNCERTAIN;
                case "~" -> Qualifier.APPROXIMATE;
                default -> Qualifier.BOTH;
            };
        }
        return new PartialDate(y, mo, d, q);
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), Qualifier.NONE);
    }

    public Precision precision() {
        return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
    }

    public boolean isExactDay() {
        return day != 0 && qualifier == Qualifier.NONE;
    }

    /** First day of the nominal range. */
    public LocalDate earliest() {
        return LocalDate.ofEpochDay(first);
    }

    /** Last day of the nominal range. */
    public LocalDate latest() {
        return LocalDate.ofEpochDay(last);
    }

    /** First day it could be, widened for ? and ~. */
    public LocalDate possiblyEarliest() {
        return LocalDate.ofEpochDay(possiblyFirst);
    }

    /** Last day it could be, widened for ? and ~. */
    public LocalDate possiblyLatest() {
        return LocalDate.ofEpochDay(possiblyLast);
    }

    /** {@link #possiblyEarliest()} as an epoch day. */
    public long possiblyFirstDay() {
        return possiblyFirst;
    }

    /** {@link #possiblyLatest()} as an epoch day. */
    public long possiblyLastDay() {
        return possiblyLast;
    }

    /** {@link #earliest()} as an epoch day. */
    public long firstDay() {
        return first;
    }

    /** Is this date on or before day {@code d}? */
    public Truth onOrBefore(LocalDate d) {
        return onOrBefore(d.toEpochDay());
    }

    /** Is this date on or before the epoch day {@code d}? */
    public Truth onOrBefore(long d) {
        if (possiblyLast <= d) {
            return Truth.YES;
        }
        return possiblyFirst > d ? Truth.NO : Truth.MAYBE;
    }

    /** Is this date on or after day {@code d}? */
    public Truth onOrAfter(LocalDate d) {
        return onOrAfter(d.toEpochDay());
    }

    /** Is this date on or after the epoch day {@code d}? */
    public Truth onOrAfter(long d) {
        if (possiblyFirst >= d) {
            return Truth.YES;
        }
        return possiblyLast < d ? Truth.NO : Truth.MAYBE;
    }

    /** Is this date on or before {@code o}? */
    public Truth onOrBefore(PartialDate o) {
        if (possiblyLast <= o.possiblyFirst) {
            return Truth.YES;
        }
        return possiblyFirst > o.possiblyLast ? Truth.NO : Truth.MAYBE;
    }

    /** Orders by earliest day, then by latest day, then by qualifier: a total order for sorting. */
    @Override
    public int compareTo(PartialDate o) {
        int c = Long.compare(first, o.first);
        if (c == 0) {
            c = Long.compare(last, o.last);
        }
        return c != 0 ? c : qualifier.compareTo(o.qualifier);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && year == p.year && month == p.month && day == p.day && qualifier == p.qualifier;
    }

    @Override
    public int hashCode() {
        return ((year * 13 + month) * 32 + day) * 4 + qualifier.ordinal();
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = format();
            text = t;
        }
        return t;
    }

    private String format() {
        StringBuilder b = new StringBuilder(11);
        pad(b, year, 4);
        if (month != 0) {
            pad(b.append('-'), month, 2);
        }
        if (day != 0) {
            pad(b.append('-'), day, 2);
        }
        return b.append(qualifier.mark).toString();
    }

    private static void pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        b.append(digits);
    }
}
