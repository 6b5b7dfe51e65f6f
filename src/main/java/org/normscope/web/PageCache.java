package org.normscope.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered pages kept in memory, least recently used first out, within a byte budget. A snapshot
 * never changes, so a page is fully determined by its address, its date and the snapshot it was
 * drawn from: the key holds all three, and a new transaction (a new snapshot) simply makes new
 * keys; old pages age out. Nothing is ever stale.
 */
final class PageCache {
    private final long budget;
    private long used;
    private final LinkedHashMap<String, byte[]> pages = new LinkedHashMap<>(256, 0.75f, true);

    PageCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    /** The page under {@code key}, rendered by {@code render} if it is not kept. */
    byte[] get(String key, Supplier<byte[]> render) {
        synchronized (this) {
            byte[] kept = pages.get(key);
            if (kept != null) {
                return kept;
            }
        }
        byte[] fresh = render.get();
        if (fresh.length <= budget / 16) {
            synchronized (this) {
                byte[] old = pages.put(key, fresh);
                used += fresh.length - (old == null ? 0 : old.length);
                var it = pages.entrySet().iterator();
                while (used > budget && it.hasNext()) {
                    Map.Entry<String, byte[]> eldest = it.next();
                    used -= eldest.getValue().length;
                    it.remove();
                }
            }
        }
        return fresh;
    }

    synchronized int size() {
        return pages.size();
    }
}
