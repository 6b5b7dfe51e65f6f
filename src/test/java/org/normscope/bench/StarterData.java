package org.normscope.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.normscope.app.Normscope;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.Role;
import org.normscope.world.Snapshot;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The bundled starter dataset, imported into an empty SQLite store in a temporary folder the way
 * {@code normscope} seeds a new store, and the snapshot of the world after the import.
 */
@State(Scope.Benchmark)
public class StarterData {
    static final Id SCO = Id.of(Kind.ORG, "SCO");
    static final LocalDate SCO_DATE = LocalDate.of(2014, 9, 12);
    static final Id WCIT_FINAL_ACTS = Id.of(Kind.INSTRUMENT, "wcit-12-final-acts");
    static final LocalDate WCIT_DATE = LocalDate.of(2016, 1, 1);

    Snapshot snapshot;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path dir = Files.createTempDirectory("normscope-bench-starter");
        try (Normscope n = Normscope.open("jdbc:sqlite:" + dir.resolve("normscope.db"), Clock.systemUTC(), true)) {
            snapshot = n.world().now();
        } finally {
            deleteTree(dir);
        }
        int members = snapshot.members(SCO, SCO_DATE, Role.MEMBER).size();
        int parties = snapshot.parties(WCIT_FINAL_ACTS, null, WCIT_DATE).size();
        if (members == 0 || parties == 0) {
            throw new IllegalStateException("the starter data did not load: " + members + " SCO members, " + parties + " WCIT-12 parties");
        }
        System.out.printf("%nstarter data: %,d entities, %,d statements; SCO members on %s: %d (of %d memberships); "
                        + "WCIT-12 Final Acts parties on %s: %d (of %d actions)%n",
                snapshot.entities().size(), snapshot.statementCount(), SCO_DATE, members, snapshot.membershipsIn(SCO).size(),
                WCIT_DATE, parties, snapshot.statementsOf(WCIT_FINAL_ACTS).size());
        System.gc();
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
