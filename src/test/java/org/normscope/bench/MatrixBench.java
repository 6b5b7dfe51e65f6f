package org.normscope.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.world.Analysis;
import org.normscope.world.Rows;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The analyst's table at scale: every one of the 250 generated states by 100 instruments (the
 * largest) on a date, from the generated 200,000 participation actions; and what changed in the
 * biggest generated organisation of the million membership periods between two dates.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "--enable-native-access=ALL-UNNAMED"})
@State(Scope.Thread)
public class MatrixBench {
    @State(Scope.Benchmark)
    public static class Columns {
        List<Id> states;
        List<Id> instruments;

        @Setup(Level.Trial)
        public void choose(GeneratedWorlds.Participation p) {
            states = new ArrayList<>(p.snapshot.entities(Kind.STATE).stream().map(Entity::id).toList());
            instruments = p.snapshot.entities(Kind.INSTRUMENT).stream().map(Entity::id)
                    .sorted((a, b) -> Integer.compare(p.snapshot.statementsOf(b).size(), p.snapshot.statementsOf(a).size()))
                    .limit(100).toList();
            System.out.printf("%nmatrix: %d states x %d instruments%n", states.size(), instruments.size());
        }
    }

    int next;

    @Benchmark
    public Rows.Matrix allStatesBy100Instruments(GeneratedWorlds.Participation p, Columns c) {
        LocalDate at = p.dates[next++ & (GeneratedWorlds.DATES - 1)];
        return new Analysis(p.snapshot).matrix(c.states, c.instruments, at);
    }

    @Benchmark
    public List<Rows.Change> diffOfTheBiggestOrganisation(GeneratedWorlds.Memberships m) {
        LocalDate a = m.dates[next++ & (GeneratedWorlds.DATES - 1)];
        LocalDate b = a.plusYears(5);
        return new Analysis(m.snapshot).diff(a, b, m.data.biggest(), null);
    }
}
