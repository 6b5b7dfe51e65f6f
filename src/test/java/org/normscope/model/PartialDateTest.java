package org.normscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void parse_keepsThePrecisionTheSourceGave() {
        assertEquals("2005", PartialDate.parse("2005").toString());
        assertEquals("2005-07", PartialDate.parse("2005-07").toString());
        assertEquals("2005-07-05", PartialDate.parse("2005-07-05").toString());
        assertEquals("2005-07?", PartialDate.parse("2005-07?").toString());
        assertEquals("2012~", PartialDate.parse("2012~").toString());
        assertEquals(PartialDate.Precision.YEAR, PartialDate.parse("2005").precision());
    }

    @Test
    void parse_rejectsWhatIsNotADate_andSaysWhy() {
        assertEquals("'2005/07' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ? or ~)",
                assertThrows(ModelException.class, () -> PartialDate.parse("2005/07")).getMessage());
        assertThrows(ModelException.class, () -> PartialDate.parse("2005-13"));
        assertThrows(ModelException.class, () -> PartialDate.parse("2005-02-29"));
        assertThrows(ModelException.class, () -> PartialDate.parse("05-07-2005"));
    }

    @Test
    void aYear_isARange_neverTheFirstOfJanuary() {
        PartialDate y = PartialDate.parse("2005");
        assertEquals(d("2005-01-01"), y.earliest());
        assertEquals(d("2005-12-31"), y.latest());
        assertEquals(Truth.MAYBE, y.onOrBefore(d("2005-01-01")));
        assertEquals(Truth.MAYBE, y.onOrBefore(d("2005-12-30")));
        assertEquals(Truth.YES, y.onOrBefore(d("2005-12-31")));
        assertEquals(Truth.NO, y.onOrBefore(d("2004-12-31")));
        assertEquals(d("2008-02-29"), PartialDate.parse("2008-02").latest());
    }

    @Test
    void qualifiedDates_widenWhatIsPossible() {
        PartialDate u = PartialDate.parse("2005-07-05?");
        assertEquals(Truth.MAYBE, u.onOrBefore(d("2005-07-05")));
        assertEquals(Truth.YES, u.onOrBefore(d("2005-07-06")));
        assertEquals(Truth.MAYBE, u.onOrBefore(d("2005-07-04")));
        assertEquals(Truth.NO, u.onOrBefore(d("2005-07-03")));
        assertEquals(d("2011-01-01"), PartialDate.parse("2012~").possiblyEarliest());
    }

    @Test
    void period_containsDaysInThreeValues() {
        Period p = Period.of(PartialDate.parse("2005"), PartialDate.parse("2017-06-08"));
        assertEquals(Truth.MAYBE, p.contains(d("2005-06-01")));
        assertEquals(Truth.YES, p.contains(d("2006-01-01")));
        assertEquals(Truth.YES, p.contains(d("2017-06-08")));
        assertEquals(Truth.NO, p.contains(d("2017-06-09")));
        assertEquals(Truth.YES, Period.open(PartialDate.parse("2001-06-15")).contains(d("2100-01-01")));
        assertEquals(Truth.NO, Period.open(PartialDate.parse("2001-06-15")).contains(d("2001-06-14")));
    }

    @Test
    void period_overlapAndInversion() {
        Period a = Period.of(PartialDate.parse("2005-07-05"), PartialDate.parse("2017-06-08"));
        Period b = Period.open(PartialDate.parse("2017-06-09"));
        assertEquals(Truth.NO, a.overlaps(b));
        assertEquals(Truth.MAYBE, Period.open(PartialDate.parse("2017")).overlaps(a));
        assertEquals(Truth.YES, Period.open(PartialDate.parse("2010")).overlaps(a));
        assertEquals(true, Period.of(PartialDate.parse("2017-06-09"), PartialDate.parse("2005-07-05")).isInverted());
        assertEquals(false, Period.of(PartialDate.parse("2005-07"), PartialDate.parse("2005")).isInverted());
    }

    @Test
    void ids_checkTheirKeys() {
        assertEquals("state/CHN", Id.parse("state/CHN").toString());
        assertThrows(ModelException.class, () -> Id.parse("state/China"));
        assertThrows(ModelException.class, () -> Id.parse("planet/MARS"));
        assertThrows(ModelException.class, () -> Id.parse("instrument/Code Of Conduct"));
    }

    @Test
    void vocabularies_areClosed_andTheErrorListsTheWords() {
        assertEquals(Role.DIALOGUE_PARTNER, Words.parse(Role.class, "role", "dialogue-partner"));
        ModelException e = assertThrows(ModelException.class, () -> Words.parse(ActionType.class, "action", "ratify"));
        assertEquals(true, e.getMessage().contains("ratification"));
    }

    /**
     * The precomputed day bounds agree with the calendar, for seeded random dates of every
     * precision and qualifier: an oracle that enumerates the days a date may be (its nominal
     * range widened by one unit for a qualifier) and answers each comparison by brute force.
     */
    @Test
    void comparisons_agreeWithABruteForceCalendarOracle() {
        java.util.Random random = new java.util.Random(20261130L);
        PartialDate.Qualifier[] qs = PartialDate.Qualifier.values();
        for (int n = 0; n < 2_000; n++) {
            PartialDate p = randomDate(random, qs);
            PartialDate q = randomDate(random, qs);
            LocalDate lo = oracleFirst(p);
            LocalDate hi = oracleLast(p);
            assertEquals(lo, p.possiblyEarliest(), p.toString());
            assertEquals(hi, p.possiblyLatest(), p.toString());
            LocalDate day = LocalDate.of(1999, 1, 1).plusDays(random.nextInt(4 * 366));
            Truth before = !hi.isAfter(day) ? Truth.YES : lo.isAfter(day) ? Truth.NO : Truth.MAYBE;
            Truth after = !lo.isBefore(day) ? Truth.YES : hi.isBefore(day) ? Truth.NO : Truth.MAYBE;
            assertEquals(before, p.onOrBefore(day), p + " on or before " + day);
            assertEquals(after, p.onOrAfter(day), p + " on or after " + day);
            Truth pq = !hi.isAfter(oracleFirst(q)) ? Truth.YES : lo.isAfter(oracleLast(q)) ? Truth.NO : Truth.MAYBE;
            assertEquals(pq, p.onOrBefore(q), p + " on or before " + q);
            int order = p.earliest().compareTo(q.earliest());
            if (order == 0) {
                order = p.latest().compareTo(q.latest());
            }
            if (order == 0) {
                order = p.qualifier().compareTo(q.qualifier());
            }
            assertEquals(Integer.signum(order), Integer.signum(p.compareTo(q)), p + " vs " + q);
            assertEquals(p, PartialDate.parse(p.toString()));
            assertEquals(p.hashCode(), PartialDate.parse(p.toString()).hashCode());
        }
    }

    private static PartialDate randomDate(java.util.Random r, PartialDate.Qualifier[] qs) {
        int year = 1999 + r.nextInt(3);
        PartialDate.Qualifier q = r.nextInt(3) == 0 ? qs[r.nextInt(qs.length)] : PartialDate.Qualifier.NONE;
        return switch (r.nextInt(3)) {
            case 0 -> new PartialDate(year, 0, 0, q);
            case 1 -> new PartialDate(year, 1 + r.nextInt(12), 0, q);
            default -> {
                LocalDate d = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
                yield new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), q);
            }
        };
    }

    private static LocalDate oracleFirst(PartialDate p) {
        LocalDate first = p.month() == 0 ? LocalDate.of(p.year(), 1, 1) : LocalDate.of(p.year(), p.month(), p.day() == 0 ? 1 : p.day());
        if (p.qualifier() == PartialDate.Qualifier.NONE) {
            return first;
        }
        return p.month() == 0 ? first.minusYears(1) : p.day() == 0 ? first.minusMonths(1) : first.minusDays(1);
    }

    private static LocalDate oracleLast(PartialDate p) {
        LocalDate last = p.month() == 0 ? LocalDate.of(p.year(), 12, 31)
                : p.day() == 0 ? LocalDate.of(p.year(), p.month(), 1).plusMonths(1).minusDays(1) : LocalDate.of(p.year(), p.month(), p.day());
        if (p.qualifier() == PartialDate.Qualifier.NONE) {
            return last;
        }
        return p.month() == 0 ? last.plusYears(1) : p.day() == 0 ? last.plusDays(1).plusMonths(1).minusDays(1) : last.plusDays(1);
    }
}
