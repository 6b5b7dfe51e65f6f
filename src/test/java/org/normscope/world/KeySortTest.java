package org.normscope.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeySortTest {
    record Row(long key, int born) {
    }

    /** Seeded random rows with many equal keys: the packed sort gives exactly what a stable comparator sort gives. */
    @Test
    void sortsLikeAStableComparatorSort() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = r.nextInt(300);
            long range = 1L + r.nextInt(round % 2 == 0 ? 5 : 1_000_000);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(new Row(Math.floorMod(r.nextLong(), range) << r.nextInt(10), i));
            }
            List<Row> oracle = new ArrayList<>(rows);
            oracle.sort(Comparator.comparingLong(Row::key));   // List.sort is stable
            assertTrue(KeySort.sort(rows, Row::key));
            assertEquals(oracle, rows);
        }
    }

    @Test
    void aKeyOutOfRange_leavesTheRowsAsTheyWere() {
        List<Row> rows = new ArrayList<>(List.of(new Row(3, 0), new Row(1L << KeySort.KEY_BITS, 1), new Row(1, 2)));
        List<Row> before = List.copyOf(rows);
        assertFalse(KeySort.sort(rows, Row::key));
        assertEquals(before, rows);
        assertFalse(KeySort.sort(rows, x -> -1));
        assertEquals(before, rows);
    }
}
