package org.normscope.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.normscope.world.Rows;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Question 2, parties at a date: {@code snapshot.parties(instrument, null, date)}. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// A fixed, pre-touched heap: first writes to fresh heap pages otherwise fault and slow the first iterations several-fold.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class PartiesAtBench {
    private int next;

    /** Parties to the WCIT-12 Final Acts on 2016-01-01, on the bundled data. */
    @Benchmark
    public List<Rows.Party> starterWcit(StarterData starter) {
        return starter.snapshot.parties(StarterData.WCIT_FINAL_ACTS, null, StarterData.WCIT_DATE);
    }

    /** Parties to the generated instrument with the most actions (440) at a random date. */
    @Benchmark
    public List<Rows.Party> generatedBiggest(GeneratedWorlds.Participation g) {
        return g.snapshot.parties(g.data.biggest(), null, g.dates[next++ & (GeneratedWorlds.DATES - 1)]);
    }

    /** Parties to the median-sized generated instrument at a random date. */
    @Benchmark
    public List<Rows.Party> generatedTypical(GeneratedWorlds.Participation g) {
        return g.snapshot.parties(g.data.typical(), null, g.dates[next++ & (GeneratedWorlds.DATES - 1)]);
    }
}
