package org.normscope.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    @Test
    void aKeptPageIsNotRenderedAgain_andTheBudgetEvictsTheLeastRecentlyUsed() {
        PageCache cache = new PageCache(16 * 100);
        AtomicInteger renders = new AtomicInteger();
        byte[] a = cache.get("a", () -> {
            renders.incrementAndGet();
            return new byte[100];
        });
        assertArrayEquals(a, cache.get("a", () -> {
            renders.incrementAndGet();
            return new byte[1];
        }));
        assertEquals(1, renders.get());
        for (int i = 0; i < 20; i++) {
            cache.get("page " + i, () -> new byte[100]);
            cache.get("a", () -> {
                renders.incrementAndGet();
                return new byte[100];
            });
        }
        assertEquals(1, renders.get(), "the page in use stays");
        assertTrue(cache.size() <= 16, "the budget holds: " + cache.size());
        // a page larger than a sixteenth of the budget is rendered every time, never kept
        cache.get("big", () -> new byte[200]);
        AtomicInteger big = new AtomicInteger();
        cache.get("big", () -> {
            big.incrementAndGet();
            return new byte[200];
        });
        assertEquals(1, big.get());
    }
}
