package org.normscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normscope.bundle.Bundle;
import org.normscope.bundle.BundleException;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.Role;
import org.normscope.model.Transaction;
import org.normscope.world.Rows;
import org.normscope.world.World;

/**
 * The integration suite every ledger backend must pass, run against a real SQLite file and a
 * real PostgreSQL by its subclasses.
 */
abstract class StoreContract {
    static final Id SCO = Id.parse("org/SCO");
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/mini");

    @TempDir Path tmp;
    String url;
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    abstract String newStoreUrl();

    void dropStore() {
    }

    @BeforeEach
    void createStore() {
        url = newStoreUrl();
    }

    @AfterEach
    void cleanUp() {
        dropStore();
    }

    Normscope open(boolean seed) {
        return Normscope.open(url, clock, seed);
    }

    static List<String> keys(List<Rows.Member> rows) {
        return rows.stream().map(r -> r.id().key()).sorted().toList();
    }

    @Test
    void emptyStore_isSeededWithTheBundledDataset_andAnswersMembersAt() {
        try (Normscope n = open(true)) {
            var s = n.world().now();
            assertEquals(List.of("CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"), keys(s.members(SCO, LocalDate.parse("2014-09-12"), Role.MEMBER)));
            assertEquals(List.of("CHN", "IND", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"), keys(s.members(SCO, LocalDate.parse("2017-06-10"), Role.MEMBER)));
            List<String> observers = keys(s.members(SCO, LocalDate.parse("2014-09-12"), Role.OBSERVER));
            assertTrue(observers.containsAll(List.of("IND", "PAK", "IRN", "MNG", "AFG")), observers.toString());
        }
    }

    @Test
    void reopening_rebuildsTheSameWorldFromTheLedger() {
        List<Rows.Member> before;
        try (Normscope n = open(true)) {
            before = n.world().now().members(SCO, LocalDate.parse("2020-01-01"), null);
        }
        try (Normscope n = open(true)) {
            assertEquals(1, n.world().transactions().size(), "a non-empty store is not seeded again");
            assertEquals(before, n.world().now().members(SCO, LocalDate.parse("2020-01-01"), null));
        }
    }

    @Test
    void import_isIdempotent() {
        try (Normscope n = open(false)) {
            var first = n.importBundle(Bundle.read(List.of(FIXTURE)), "test", "first");
            assertTrue(first.transaction() > 0);
            long[] counts = n.ledger().counts();
            var second = n.importBundle(Bundle.read(List.of(FIXTURE)), "test", "again");
            assertEquals(0, second.transaction());
            assertEquals(counts[0], n.ledger().counts()[0]);
            assertEquals(counts[1], n.ledger().counts()[1]);
        }
    }

    @Test
    void import_rejectsEveryProblem_withFileAndLine_andChangesNothing() throws IOException {
        Path bad = copyFixture();
        Path org = bad.resolve("org/XO.yaml");
        String text = Files.readString(org);
        text = text.replace("member: state/BBB\n  role: observer", "member: state/ZZZ\n  role: observer") // unknown reference (line 14)
                .replace("  from: '2010-07-01'\n  sources:\n  - source: source/test-source\n    locator: para 2\n",
                        "  from: '2010-07-01'\n");                                // unsourced
        text += "- member: state/AAA\n  role: member\n  from: '2003'\n  sources:\n  - source: source/test-source\n"; // overlaps AAA from 2001
        text += "- member: state/CCC\n  role: observer\n  from: '2005-02-30'\n  sources:\n  - source: source/test-source\n"; // bad date (line 30)
        Files.writeString(org, text);
        try (Normscope n = open(false)) {
            n.importBundle(Bundle.read(List.of(FIXTURE)), "test", "good data first");
            List<Transaction> before = n.ledger().readAll();
            BundleException e = assertThrows(BundleException.class, () -> n.importBundle(Bundle.read(List.of(bad)), "test", "bad"));
            String all = String.join("\n", e.problems());
            String file = org.toString();
            assertTrue(all.contains(file + ":30: from: 2005-02-30 is not a day of the calendar"), all);
            assertTrue(all.contains(file + ":14: unknown reference state/ZZZ"), all);
            assertTrue(all.contains("the member period of state/BBB in org/XO has no source"), all);
            assertTrue(all.matches("(?s).*" + java.util.regex.Pattern.quote(file) + ":\\d+: member periods of state/AAA in org/XO overlap.*"), all);
            assertEquals(4, e.problems().size(), all);
            assertEquals(before, n.ledger().readAll(), "the ledger is exactly as it was");
        }
    }

    @Test
    void correction_doesNotChangeAnswersKnownBefore_andHistoryShowsBoth() throws IOException {
        try (Normscope n = open(false)) {
            n.importBundle(Bundle.read(List.of(FIXTURE)), "test", "load");
            Instant beforeCorrection = clock.instant();
            clock.advance(Duration.ofDays(30));
            Path fixed = copyFixture();
            Path org = fixed.resolve("org/XO.yaml");
            Files.writeString(org, Files.readString(org).replace("from: '2010-07-01'", "from: '2011-07-01'")
                    .replace("to: '2010-06-30'", "to: '2011-06-30'"));
            var r = n.importBundle(Bundle.read(List.of(fixed)), "editor", "BBB joined a year later than first recorded");
            assertEquals(2, r.asserted());
            Id xo = Id.parse("org/XO");
            LocalDate d = LocalDate.parse("2010-12-01");
            World w = n.world();
            assertEquals(List.of("AAA"), keys(w.now().members(xo, d, Role.MEMBER)));
            assertEquals(List.of("AAA", "BBB"), keys(w.known(beforeCorrection).members(xo, d, Role.MEMBER)));
            List<Rows.Event> story = w.history(Id.parse("state/BBB"), null);
            assertEquals(4, story.size(), story.toString());
            assertEquals(2, story.stream().filter(e -> e.state().equals("superseded")).count());
            assertEquals(2, story.stream().filter(e -> e.state().equals("current")).count());
            assertEquals(2, w.history(Id.parse("state/BBB"), beforeCorrection).size());
        }
    }

    @Test
    void removedStatement_isRetracted_notDeleted() throws IOException {
        try (Normscope n = open(false)) {
            n.importBundle(Bundle.read(List.of(FIXTURE)), "test", "load");
            Path fixed = copyFixture();
            Path org = fixed.resolve("org/XO.yaml");
            String t = Files.readString(org);
            Files.writeString(org, t.substring(0, t.indexOf("- member: state/BBB\n  role: member")));
            clock.advance(Duration.ofSeconds(1));
            var r = n.importBundle(Bundle.read(List.of(fixed)), "editor", "withdrawn claim");
            assertEquals(1, r.retracted());
            assertTrue(n.world().now().members(Id.parse("org/XO"), LocalDate.parse("2020-01-01"), Role.MEMBER).stream()
                    .noneMatch(m -> m.id().key().equals("BBB")));
            assertTrue(n.world().history(Id.parse("state/BBB"), null).stream().anyMatch(e -> e.state().equals("retracted")));
        }
    }

    @Test
    void ledger_refusesUpdatesAndDeletes() throws SQLException {
        try (Normscope n = open(false)) {
            n.importBundle(Bundle.read(List.of(FIXTURE)), "test", "load");
        }
        try (Connection c = DriverManager.getConnection(url)) {
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("UPDATE tx SET author = 'mallory'"));
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("DELETE FROM record"));
        }
        try (Normscope n = open(false)) {
            assertEquals("test", n.world().transactions().getFirst().author());
        }
    }

    @Test
    void recordTime_strictlyIncreases_evenWhenTheClockStandsStill() {
        try (Normscope n = open(false)) {
            n.importBundle(Bundle.read(List.of(FIXTURE)), "test", "load");
            var t1 = n.ledger().append("test", "empty", List.of(), clock);
            var t2 = n.ledger().append("test", "empty", List.of(), clock);
            assertTrue(t2.recordedAt().isAfter(t1.recordedAt()));
            assertEquals(t1.id() + 1, t2.id());
        }
    }

    @Test
    void resolution_findsByKeyNameAliasInAnyLanguage_andReportsAmbiguity() {
        try (Normscope n = open(false)) {
            n.importBundle(Bundle.read(List.of(FIXTURE)), "test", "load");
            var s = n.world().now();
            for (String ref : List.of("org/XO", "XO", "xo", "Example Organisation", "пример организации")) {
                var r = s.resolve(ref, Set.of(Kind.ORG));
                assertTrue(r instanceof org.normscope.world.Resolution.Found f && f.id().equals(Id.parse("org/XO")), ref + " → " + r);
            }
            var r = s.resolve("Xo", Set.of(Kind.STATE));
            assertTrue(r instanceof org.normscope.world.Resolution.Ambiguous a && a.candidates().size() == 3, r.toString());
        }
    }

    Path copyFixture() throws IOException {
        Path dest = Files.createTempDirectory(tmp, "bundle");
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path f : files.toList()) {
                Path to = dest.resolve(FIXTURE.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return dest;
    }

    /** A clock that tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
