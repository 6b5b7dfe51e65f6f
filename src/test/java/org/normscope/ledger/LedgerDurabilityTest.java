package org.normscope.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normscope.TestStores;
import org.normscope.model.Transaction;

/** What "acknowledged only when durable" means for the embedded store, tested with a process killed hard. */
class LedgerDurabilityTest {
    @TempDir Path dir;

    @Test
    void embeddedStore_usesWalWithFullSync() {
        try (Ledger l = Ledger.open(TestStores.sqlite(dir))) {
            assertEquals("wal", l.pragma("journal_mode"));
            assertEquals("2", l.pragma("synchronous"), "2 is FULL");
            assertEquals("1", l.pragma("foreign_keys"));
        }
    }

    @Test
    void acknowledgedTransactions_surviveTheProcessBeingKilled() throws Exception {
        String url = TestStores.sqlite(dir);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url)
                .redirectErrorStream(true).start();
        int acknowledged = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("acknowledged ")) {
                    acknowledged = Integer.parseInt(line.substring("acknowledged ".length()));
                    if (acknowledged == 25) {
                        p.destroyForcibly();   // SIGKILL, mid-stream: no shutdown hooks, no clean close
                        break;
                    }
                }
            }
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(25, acknowledged);
        try (Ledger l = Ledger.open(url)) {
            List<Transaction> all = l.readAll();
            assertTrue(all.size() >= 25, "every acknowledged transaction is there: " + all.size());
            for (int i = 0; i < all.size(); i++) {
                assertEquals(i + 1, all.get(i).id());
            }
        }
    }

    /** Appends transactions forever, saying so after each append returns. */
    public static final class Writer {
        public static void main(String[] args) {
            try (Ledger l = Ledger.open(args[0])) {
                for (int i = 1; ; i++) {
                    Transaction t = l.append("writer", "transaction " + i, List.of(), Clock.systemUTC());
                    System.out.println("acknowledged " + t.id());
                    System.out.flush();
                }
            }
        }
    }
}
