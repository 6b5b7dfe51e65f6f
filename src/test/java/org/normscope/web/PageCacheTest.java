package org.normscope.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    @Test
    void aKeptPageIsNotRenderedAgain_andTheBudgetEvictsTheLeastRecentlyUsed() {
        PageCache cache = new PageCache(16 * 160);
        AtomicInteger renders = new AtomicInteger();
        byte[] a = cache.get("a", () -> {
            renders.incrementAndGet();
            return new byte[100];
        }).plain();
        assertArrayEquals(a, cache.get("a", () -> {
            renders.incrementAndGet();
            return new byte[1];
        }).plain());
        assertEquals(1, renders.get());
        java.util.Random random = new java.util.Random(3);
        int pageSize = 0;
        for (int i = 0; i < 20; i++) {
            byte[] noise = new byte[100];
            random.nextBytes(noise);
            pageSize = cache.get("page " + i, () -> noise).size();
            cache.get("a", () -> {
                renders.incrementAndGet();
                return new byte[100];
            });
        }
        assertEquals(1, renders.get(), "the page in use stays");
        assertTrue(cache.size() <= 16 * 160 / pageSize + 1, "the budget holds: " + cache.size() + " pages of " + pageSize + " bytes");
        // a page larger than a sixteenth of the budget is rendered every time, never kept
        cache.get("big", () -> new byte[400]);
        AtomicInteger big = new AtomicInteger();
        cache.get("big", () -> {
            big.incrementAndGet();
            return new byte[400];
        });
        assertEquals(1, big.get());
    }

    @Test
    void theGzippedFormIsThePageCompressed() throws Exception {
        byte[] page = "<!doctype html><title>x</title>".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        PageCache.Kept kept = new PageCache(1 << 20).get("p", () -> page);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(kept.gzip()))) {
            assertArrayEquals(page, in.readAllBytes());
        }
        assertTrue(kept.gzip().length < page.length / 5);
    }
}
