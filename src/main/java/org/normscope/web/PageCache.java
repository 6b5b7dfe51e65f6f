package org.normscope.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered pages kept in memory, each as it is and gzipped (compressed once, when rendered, not
 * at every request of a browser that accepts gzip), least recently used first out, within a byte budget. A snapshot
 * never changes, so a page is fully determined by its address, its date and the snapshot it was
 * drawn from: the key holds all three, and a new transaction (a new snapshot) simply makes new
 * keys; old pages age out. Nothing is ever stale.
 */
final class PageCache {
    private final long budget;
    private long used;
    private final LinkedHashMap<String, Kept> pages = new LinkedHashMap<>(256, 0.75f, true);

    /** A page as rendered (UTF-8) and gzipped. */
    record Kept(byte[] plain, byte[] gzip) {
        int size() {
            return plain.length + gzip.length;
        }

        static Kept of(byte[] plain) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(plain.length / 4 + 64);
            try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
                z.write(plain);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Kept(plain, out.toByteArray());
        }
    }

    PageCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    /** The page under {@code key}, rendered by {@code render} (and gzipped) if it is not kept. */
    Kept get(String key, Supplier<byte[]> render) {
        synchronized (this) {
            Kept kept = pages.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Kept fresh = Kept.of(render.get());
        if (fresh.size() <= budget / 16) {
            synchronized (this) {
                Kept old = pages.put(key, fresh);
                used += fresh.size() - (old == null ? 0 : old.size());
                var it = pages.entrySet().iterator();
                while (used > budget && it.hasNext()) {
                    Map.Entry<String, Kept> eldest = it.next();
                    used -= eldest.getValue().size();
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
