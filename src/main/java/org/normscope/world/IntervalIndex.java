package org.normscope.world;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * A centred interval tree over closed intervals of days, built once and then only read: finding
 * the intervals that contain one day costs O(log n + k), however many have come and gone. Each
 * node keeps the intervals that contain its centre twice, sorted by start and by end, in flat
 * int arrays, so a query touches few objects.
 */
final class IntervalIndex<T> {
    private final T[] items;
    private final long[] lo;
    private final long[] hi;
    private final Node root;

    private record Node(long centre, int[] byLo, int[] byHi, Node left, Node right) {
    }

    IntervalIndex(List<T> items, ToLongFunction<T> start, ToLongFunction<T> end, T[] empty) {
        this.items = items.toArray(empty);
        this.lo = new long[this.items.length];
        this.hi = new long[this.items.length];
        int[] all = new int[this.items.length];
        for (int i = 0; i < this.items.length; i++) {
            lo[i] = start.applyAsLong(this.items[i]);
            hi[i] = end.applyAsLong(this.items[i]);
            all[i] = i;
        }
        this.root = build(all);
    }

    private Node build(int[] ids) {
        if (ids.length == 0) {
            return null;
        }
        long[] ends = new long[ids.length * 2];
        for (int i = 0; i < ids.length; i++) {
            ends[2 * i] = lo[ids[i]];
            ends[2 * i + 1] = hi[ids[i]];
        }
        Arrays.sort(ends);
        long centre = ends[ids.length];   // an endpoint, so at least one interval contains it
        int nl = 0;
        int nr = 0;
        int nh = 0;
        for (int id : ids) {
            if (hi[id] < centre) {
                nl++;
            } else if (lo[id] > centre) {
                nr++;
            } else {
                nh++;
            }
        }
        int[] left = new int[nl];
        int[] right = new int[nr];
        Integer[] here = new Integer[nh];
        nl = 0;
        nr = 0;
        nh = 0;
        for (int id : ids) {
            if (hi[id] < centre) {
                left[nl++] = id;
            } else if (lo[id] > centre) {
                right[nr++] = id;
            } else {
                here[nh++] = id;
            }
        }
        Integer[] byLo = here.clone();
        Arrays.sort(byLo, (a, b) -> Long.compare(lo[a], lo[b]));
        Integer[] byHi = here.clone();
        Arrays.sort(byHi, (a, b) -> Long.compare(hi[b], hi[a]));
        return new Node(centre, Arrays.stream(byLo).mapToInt(Integer::intValue).toArray(),
                Arrays.stream(byHi).mapToInt(Integer::intValue).toArray(), build(left), build(right));
    }

    /** Hands every interval that contains {@code day} to {@code sink}, in no particular order. */
    void stab(long day, Consumer<T> sink) {
        stabPositions(day, id -> sink.accept(items[id]));
    }

    /** Hands the position (in the list the index was built from) of every interval that contains {@code day} to {@code sink}. */
    void stabPositions(long day, java.util.function.IntConsumer sink) {
        Node n = root;
        while (n != null) {
            if (day < n.centre()) {
                for (int id : n.byLo()) {
                    if (lo[id] > day) {
                        break;
                    }
                    sink.accept(id);
                }
                n = n.left();
            } else if (day > n.centre()) {
                for (int id : n.byHi()) {
                    if (hi[id] < day) {
                        break;
                    }
                    sink.accept(id);
                }
                n = n.right();
            } else {
                for (int id : n.byLo()) {
                    sink.accept(id);
                }
                return;
            }
        }
    }

    int size() {
        return items.length;
    }
}
