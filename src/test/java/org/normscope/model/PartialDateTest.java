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
}
