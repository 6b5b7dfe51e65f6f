package org.normscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.normscope.app.Normscope;
import org.normscope.ledger.Ledger;
import org.normscope.model.Transaction;
import org.normscope.world.Snapshot;
import org.normscope.world.World;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Loading the world, each measured as one cold shot per iteration: applying the generated million
 * membership periods to an empty {@link World}, and opening a store whose SQLite ledger already
 * holds the generated participation data (about 209,000 statements), which reads, decodes and
 * applies the whole ledger.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
// A fixed, pre-touched heap: first writes to fresh heap pages otherwise fault and slow the first iterations several-fold.
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class LoadingBench {
    /** Statements per transaction when the ledger is written. */
    static final int CHUNK = 10_000;

    @State(Scope.Benchmark)
    public static class Million {
        Transaction transaction;
        int statements;
        World world;

        @Setup(Level.Trial)
        public void generate() {
            Generator.Dataset data = Generator.memberships(Generator.SEED);
            transaction = data.transaction();
            statements = data.statements().size();
            System.out.printf("%ngenerated memberships: %s%n", data.describe());
        }

        @Setup(Level.Iteration)
        public void emptyWorld() {
            world = null;
            System.gc();
            world = new World(Clock.systemUTC());
        }

        @TearDown(Level.Iteration)
        public void check() {
            if (world.now().statementCount() != statements) {
                throw new IllegalStateException("the world holds " + world.now().statementCount() + " statements, not " + statements);
            }
        }
    }

    @State(Scope.Benchmark)
    public static class StoredLedger {
        Path dir;
        String url;
        int statements;

        @Setup(Level.Trial)
        public void write() throws IOException {
            long t0 = System.nanoTime();
            Generator.Dataset data = Generator.participation(Generator.SEED);
            statements = data.statements().size();
            dir = Files.createTempDirectory("normscope-bench-ledger");
            url = "jdbc:sqlite:" + dir.resolve("normscope.db");
            Clock clock = Clock.systemUTC();
            try (Ledger ledger = Ledger.open(url)) {
                ledger.append("bench", "generated entities",
                        data.entities().stream().map(Transaction.Change::assertion).toList(), clock);
                List<Transaction.Change> all = data.statements().stream().map(Transaction.Change::assertion).toList();
                for (int i = 0; i < all.size(); i += CHUNK) {
                    ledger.append("bench", "generated statements", all.subList(i, Math.min(all.size(), i + CHUNK)), clock);
                }
            }
            System.out.printf("%nledger written: %s in %s; %.1f s, %,d bytes%n", data.describe(), dir,
                    (System.nanoTime() - t0) / 1e9, Files.size(dir.resolve("normscope.db")));
        }

        @Setup(Level.Iteration)
        public void gc() {
            System.gc();
        }

        @TearDown(Level.Trial)
        public void delete() {
            StarterData.deleteTree(dir);
        }
    }

    /** Applies one transaction of a million membership periods (and 2,350 entities) to an empty world. */
    @Benchmark
    public Snapshot applyAllMillion(Million m) {
        m.world.applyAll(List.of(m.transaction));
        return m.world.now();
    }

    /** Opens the store on an existing ledger: migrations check, read, decode, apply. */
    @Benchmark
    public Snapshot readyFromLedger(StoredLedger l) {
        try (Normscope n = Normscope.open(l.url, Clock.systemUTC(), false)) {
            Snapshot s = n.world().now();
            if (s.statementCount() != l.statements) {
                throw new IllegalStateException("the store holds " + s.statementCount() + " statements, not " + l.statements);
            }
            return s;
        }
    }
}
