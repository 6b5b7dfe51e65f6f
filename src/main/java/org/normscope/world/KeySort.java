package org.normscope.world;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Sorting rows by a small integer key computed once per row, instead of a comparator that
 * compares names and dates again at every step: the key and the row's position are packed into
 * one {@code long} and the longs sorted. Equal keys keep their order.
 */
final class KeySort {
    /** Keys must lie in [0, 2^43); a row's position takes the low 20 bits. */
    static final int KEY_BITS = 43;
    private static final int INDEX_BITS = 20;

    private KeySort() {
    }

    /** Sort keys gathered as rows are found, one per row in row order. */
    static final class Keys {
        private long[] keys = new long[16];
        private int size;

        void add(long key) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key;
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return Arrays.copyOf(keys, size);
        }
    }

    /**
     * Sorts {@code rows} by {@code key}; returns false, leaving them as they were, when there are
     * too many rows or a key falls outside the range (the caller then sorts with a comparator).
     */
    static <T> boolean sort(List<T> rows, ToLongFunction<T> key) {
        int n = rows.size();
        if (n >= 1 << INDEX_BITS) {
            return false;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key.applyAsLong(rows.get(i));
        }
        return sort(rows, keys);
    }

    /** Sorts {@code rows} by the keys the caller computed, {@code keys[i]} for row {@code i}; otherwise as {@link #sort(List, ToLongFunction)}. */
    static <T> boolean sort(List<T> rows, long[] keys) {
        int n = rows.size();
        if (n >= 1 << INDEX_BITS) {
            return false;
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            if (k < 0 || k >= 1L << KEY_BITS) {
                return false;
            }
            packed[i] = k << INDEX_BITS | i;
        }
        Arrays.sort(packed);
        Object[] copy = rows.toArray();
        for (int i = 0; i < n; i++) {
            @SuppressWarnings("unchecked")
            T row = (T) copy[(int) (packed[i] & ((1 << INDEX_BITS) - 1))];
            rows.set(i, row);
        }
        return true;
    }
}
