package org.normscope.bench;

import java.time.Clock;
import java.util.Locale;
import org.normscope.app.Normscope;

/**
 * Opens a store on an existing ledger and reports how long until it answers, in a JVM of its own
 * (started by {@link CompareMain} with the heap it is to be judged by): the migration check, reading
 * and decoding every row, applying them and building the snapshot. Prints one line:
 * {@code seconds heapMB statements}.
 */
public final class LedgerOpen {
    private LedgerOpen() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        try (Normscope n = Normscope.open(args[0], Clock.systemUTC(), false)) {
            double seconds = (System.nanoTime() - start) / 1e9;
            int statements = n.world().now().statementCount();
            long heap = CompareMain.usedHeap();
            System.out.printf(Locale.ROOT, "%.3f %d %d%n", seconds, heap >> 20, statements);
        }
    }
}
