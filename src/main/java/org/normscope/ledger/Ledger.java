package org.normscope.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.normscope.bundle.RecordJson;
import org.normscope.model.Id;
import org.normscope.model.Transaction;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The append-only log of transactions. {@link #append} returns only after the database has made
 * the transaction durable (SQLite with synchronous=FULL, PostgreSQL with its default synchronous
 * commit); all changes of a transaction land together or not at all. Nothing is ever updated or
 * deleted: triggers in the schema refuse it.
 */
public final class Ledger implements AutoCloseable {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final Connection connection;
    private final boolean postgres;
    private final String description;

    private Ledger(Connection connection, boolean postgres, String description) {
        this.connection = connection;
        this.postgres = postgres;
        this.description = description;
    }

    /** The JDBC URL of the embedded store in {@code dataDir}. */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve("normscope.db");
    }

    /** Opens (creating and migrating as needed) the ledger at a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL. */
    public static Ledger open(String jdbcUrl) {
        DataSource ds;
        boolean postgres;
        String description;
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            String file = jdbcUrl.substring("jdbc:sqlite:".length());
            try {
                Path parent = Path.of(file).toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
                throw new LedgerException("cannot create the data folder for " + file + ": " + e.getMessage(), e);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(10_000);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            SQLiteDataSource s = new SQLiteDataSource(config);
            s.setUrl(jdbcUrl);
            ds = s;
            postgres = false;
            description = "SQLite file " + file;
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource p = new PGSimpleDataSource();
            p.setURL(jdbcUrl);
            ds = p;
            postgres = true;
            description = "PostgreSQL " + jdbcUrl.replaceAll("password=[^&]*", "password=…");
        } else {
            throw new LedgerException("--db must be a jdbc:sqlite: or jdbc:postgresql: URL, not '" + jdbcUrl + "'");
        }
        try {
            Flyway.configure().dataSource(ds)
                    .locations(postgres ? "classpath:db/migration/postgresql" : "classpath:db/migration/sqlite")
                    .loggers("slf4j")
                    .load().migrate();
            Connection c = ds.getConnection();
            c.setAutoCommit(false);
            return new Ledger(c, postgres, description);
        } catch (SQLException | RuntimeException e) {
            throw new LedgerException("cannot open the ledger (" + description + "): " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public String description() {
        return description;
    }

    /**
     * Appends one transaction and returns it once it is durable. Its recorded-at time is the
     * clock's, moved forward if needed so that record time strictly increases.
     */
    public synchronized Transaction append(String author, String reason, List<Transaction.Change> changes, Clock clock) {
        try {
            if (postgres) {
                try (Statement s = connection.createStatement()) {
                    s.execute("LOCK TABLE tx IN EXCLUSIVE MODE");
                }
            }
            long id = 1;
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, recorded_at FROM tx ORDER BY id DESC LIMIT 1")) {
                if (rs.next()) {
                    id = rs.getLong(1) + 1;
                    Instant last = Instant.parse(rs.getString(2));
                    if (!at.isAfter(last)) {
                        at = last.plus(1, ChronoUnit.MICROS);
                    }
                }
            }
            try (PreparedStatement tx = connection.prepareStatement("INSERT INTO tx (id, recorded_at, author, reason) VALUES (?, ?, ?, ?)")) {
                tx.setLong(1, id);
                tx.setString(2, STAMP.format(at));
                tx.setString(3, author);
                tx.setString(4, reason);
                tx.executeUpdate();
            }
            try (PreparedStatement rec = connection.prepareStatement(
                    "INSERT INTO record (tx_id, seq, record_id, owner, kind, op, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int seq = 0;
                for (Transaction.Change c : changes) {
                    rec.setLong(1, id);
                    rec.setInt(2, seq++);
                    rec.setString(3, c.recordId());
                    rec.setString(4, c.owner().toString());
                    rec.setString(5, c.value() == null ? kindOfRetracted(c.recordId()) : RecordJson.kindOf(c.value()));
                    rec.setString(6, c.value() == null ? "retract" : "assert");
                    rec.setString(7, c.value() == null ? null : RecordJson.encode(c.value()));
                    rec.addBatch();
                }
                rec.executeBatch();
            }
            connection.commit();
            return new Transaction(id, at, author, reason, changes);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            throw new LedgerException("the transaction was not recorded: " + rootMessage(e), e);
        }
    }

    private static String kindOfRetracted(String recordId) {
        if (recordId.startsWith("membership:")) {
            return "memberships";
        } else if (recordId.startsWith("action:")) {
            return "participation";
        } else if (recordId.startsWith("lifecycle:")) {
            return "lifecycle";
        } else if (recordId.startsWith("attendance:")) {
            return "participants";
        }
        return "entity";
    }

    /** A stored record as read, not yet decoded. */
    private record Raw(String recordId, String owner, String kind, String op, @org.jspecify.annotations.Nullable String body) {
    }

    /** A transaction whose records are being decoded, chunk by chunk, on other threads. */
    private record Pending(long id, Instant at, String author, String reason, List<Future<List<Transaction.Change>>> chunks) {
    }

    /** Records per decoding task. */
    private static final int CHUNK = 4_096;
    /** Decoded chunks allowed ahead of the one handed on: bounds the memory of a read. */
    private static final int AHEAD = 16;

    /**
     * Reads every transaction after {@code afterId}, in order, and hands each to {@code sink}. Rows
     * are read on this thread and decoded in chunks on the other processors, so that reading and
     * decoding overlap; transactions reach {@code sink} in ledger order, each whole.
     */
    public synchronized void read(long afterId, Consumer<Transaction> sink) {
        String sql = "SELECT t.id, t.recorded_at, t.author, t.reason, r.record_id, r.owner, r.kind, r.op, r.body "
                + "FROM tx t LEFT JOIN record r ON r.tx_id = t.id WHERE t.id > ? ORDER BY t.id, r.seq";
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService decoders = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ledger-decoder");
            t.setDaemon(true);
            return t;
        });
        // one instance of each id, date and source reference for the whole read, shared by the decoders
        try (org.normscope.bundle.Interner shared = org.normscope.bundle.Interner.open();
             PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, afterId);
            ps.setFetchSize(10_000);
            java.util.ArrayDeque<Pending> queue = new java.util.ArrayDeque<>();
            int[] inFlight = {0};
            try (ResultSet rs = ps.executeQuery()) {
                Pending tx = null;
                List<Raw> chunk = new ArrayList<>();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (tx == null || id != tx.id()) {
                        if (tx != null) {
                            submit(decoders, shared, tx, chunk, inFlight);
                            chunk = new ArrayList<>();
                        }
                        tx = new Pending(id, Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4), new ArrayList<>());
                        queue.add(tx);
                    }
                    String recordId = rs.getString(5);
                    if (recordId == null) {
                        continue;
                    }
                    chunk.add(new Raw(recordId, rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                    if (chunk.size() == CHUNK) {
                        submit(decoders, shared, tx, chunk, inFlight);
                        chunk = new ArrayList<>();
                    }
                    while (inFlight[0] > AHEAD && queue.size() > 1) {
                        handOn(queue.poll(), sink, inFlight);
                    }
                }
                if (tx != null) {
                    submit(decoders, shared, tx, chunk, inFlight);
                }
            }
            while (!queue.isEmpty()) {
                handOn(queue.poll(), sink, inFlight);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new LedgerException("cannot read the ledger: " + rootMessage(e), e);
        } finally {
            decoders.shutdownNow();
        }
    }

    private static void submit(ExecutorService decoders, org.normscope.bundle.Interner shared, Pending tx, List<Raw> chunk, int[] inFlight) {
        if (chunk.isEmpty()) {
            return;
        }
        tx.chunks().add(decoders.submit(() -> {
            try (org.normscope.bundle.Interner joined = shared.join()) {
                List<Transaction.Change> out = new ArrayList<>(chunk.size());
                for (Raw r : chunk) {
                    Id owner = org.normscope.bundle.Interner.id(r.owner());
                    Object value = "retract".equals(r.op()) || r.body() == null ? null : RecordJson.decode(r.kind(), r.recordId(), owner, r.body());
                    out.add(new Transaction.Change(r.recordId(), owner, value));
                }
                return out;
            }
        }));
        inFlight[0]++;
    }

    /** Waits for a transaction's chunks, in order, and hands the whole transaction on. */
    private static void handOn(Pending tx, Consumer<Transaction> sink, int[] inFlight) {
        List<Transaction.Change> changes = new ArrayList<>();
        for (Future<List<Transaction.Change>> f : tx.chunks()) {
            try {
                changes.addAll(f.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new LedgerException("cannot decode the ledger: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LedgerException("reading the ledger was interrupted", e);
            }
            inFlight[0]--;
        }
        sink.accept(new Transaction(tx.id(), tx.at(), tx.author(), tx.reason(), changes));
    }

    public List<Transaction> readAll() {
        List<Transaction> all = new ArrayList<>();
        read(0, all::add);
        return all;
    }

    /** Counts transactions and records: a cheap fingerprint of the ledger. */
    public synchronized long[] counts() {
        try {
            long[] out;
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM tx), (SELECT COUNT(*) FROM record)")) {
                rs.next();
                out = new long[] {rs.getLong(1), rs.getLong(2)};
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            throw new LedgerException("cannot read the ledger: " + rootMessage(e), e);
        }
    }

    public boolean isEmpty() {
        return counts()[0] == 0;
    }

    /** The value of an SQLite pragma on this ledger's own connection (for tests of its settings). */
    synchronized String pragma(String name) {
        try {
            String v;
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                v = rs.getString(1);
            }
            connection.commit();
            return v;
        } catch (SQLException e) {
            throw new LedgerException("cannot read pragma " + name + ": " + rootMessage(e), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LedgerException("cannot close the ledger: " + rootMessage(e), e);
        }
    }
}
