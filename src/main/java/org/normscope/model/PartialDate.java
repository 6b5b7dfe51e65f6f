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
public record PartialDate(int year, int month, int day, Qualifier qualifier) implements Comparable<PartialDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");

    public enum Qualifier {
        NONE(""), UNCERTAIN("?"), APPROXIMATE("~"), BOTH("%");
        final String mark;

        Qualifier(String mark) {
            this.mark = mark;
        }
    }

    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
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
        return switch (precision()) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** Last day of the nominal range. */
    public LocalDate latest() {
        return switch (precision()) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** First day it could be, widened for ? and ~. */
    public LocalDate possiblyEarliest() {
        LocalDate e = earliest();
        if (qualifier == Qualifier.NONE) {
            return e;
        }
        return switch (precision()) {
            case YEAR -> e.minusYears(1);
            case MONTH -> e.minusMonths(1);
            case DAY -> e.minusDays(1);
        };
    }

    /** Last day it could be, widened for ? and ~. */
    public LocalDate possiblyLatest() {
        if (qualifier == Qualifier.NONE) {
            return latest();
        }
        return switch (precision()) {
            case YEAR -> LocalDate.of(year + 1, 12, 31);
            case MONTH -> YearMonth.of(year, month).plusMonths(1).atEndOfMonth();
            case DAY -> latest().plusDays(1);
        };
    }

    /** Is this date on or before day {@code d}? */
    public Truth onOrBefore(LocalDate d) {
        if (!possiblyLatest().isAfter(d)) {
            return Truth.YES;
        }
        return possiblyEarliest().isAfter(d) ? Truth.NO : Truth.MAYBE;
    }

    /** Is this date on or after day {@code d}? */
    public Truth onOrAfter(LocalDate d) {
        if (!possiblyEarliest().isBefore(d)) {
            return Truth.YES;
        }
        return possiblyLatest().isBefore(d) ? Truth.NO : Truth.MAYBE;
    }

    /** Is this date on or before {@code o}? */
    public Truth onOrBefore(PartialDate o) {
        if (!possiblyLatest().isAfter(o.possiblyEarliest())) {
            return Truth.YES;
        }
        return possiblyEarliest().isAfter(o.possiblyLatest()) ? Truth.NO : Truth.MAYBE;
    }

    /** Orders by earliest day, then by latest day, then by qualifier: a total order for sorting. */
    @Override
    public int compareTo(PartialDate o) {
        int c = earliest().compareTo(o.earliest());
        if (c == 0) {
            c = latest().compareTo(o.latest());
        }
        return c != 0 ? c : qualifier.compareTo(o.qualifier);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format("%04d", year));
        if (month != 0) {
            b.append(String.format("-%02d", month));
        }
        if (day != 0) {
            b.append(String.format("-%02d", day));
        }
        return b.append(qualifier.mark).toString();
    }
}
