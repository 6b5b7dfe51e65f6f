package org.normscope.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.normscope.model.Role;
import org.normscope.world.Rows;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Question 1, members at a date: {@code snapshot.members(org, date, Role.MEMBER)} on a built
 * snapshot, as the web page and the CLI ask it. The state of this class is only the cursor over
 * the precomputed random dates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// A fixed, pre-touched heap: first writes to fresh heap pages otherwise fault and slow the first iterations several-fold.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class MembersAtBench {
    private int next;

    /** SCO members on 2014-09-12 (the day of the Dushanbe summit), on the bundled data. */
    @Benchmark
    public List<Rows.Member> starterSco(StarterData starter) {
        return starter.snapshot.members(StarterData.SCO, StarterData.SCO_DATE, Role.MEMBER);
    }

    /** Members of the biggest generated organisation (about 122,000 periods) at a random date. */
    @Benchmark
    public List<Rows.Member> generatedBiggest(GeneratedWorlds.Memberships g) {
        return g.snapshot.members(g.data.biggest(), g.dates[next++ & (GeneratedWorlds.DATES - 1)], Role.MEMBER);
    }

    /** Members of the median-sized generated organisation at a random date. */
    @Benchmark
    public List<Rows.Member> generatedTypical(GeneratedWorlds.Memberships g) {
        return g.snapshot.members(g.data.typical(), g.dates[next++ & (GeneratedWorlds.DATES - 1)], Role.MEMBER);
    }
}
