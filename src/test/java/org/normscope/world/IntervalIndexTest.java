package org.normscope.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The interval tree against a scan of every interval, on seeded random intervals and days. */
class IntervalIndexTest {
    record Span(int id, long lo, long hi) {
    }

    @Test
    void stab_findsExactlyTheIntervalsAScanFinds() {
        for (long seed = 1; seed <= 200; seed++) {
            Random rnd = new Random(seed);
            int n = rnd.nextInt(400);
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long a = rnd.nextInt(10) == 0 ? Long.MIN_VALUE : rnd.nextInt(1000);
                long b = rnd.nextInt(5) == 0 ? Long.MAX_VALUE : (a == Long.MIN_VALUE ? 0 : a) + rnd.nextInt(rnd.nextBoolean() ? 5 : 300);
                spans.add(new Span(i, a, b));
            }
            IntervalIndex<Span> index = new IntervalIndex<>(spans, Span::lo, Span::hi, new Span[0]);
            for (int q = 0; q < 100; q++) {
                long day = rnd.nextInt(1400) - 100;
                List<Integer> got = new ArrayList<>();
                index.stab(day, s -> got.add(s.id()));
                got.sort(null);
                List<Integer> expected = spans.stream().filter(s -> s.lo() <= day && day <= s.hi()).map(Span::id).toList();
                assertEquals(expected, got, "seed " + seed + ", day " + day);
            }
        }
    }
}
