package org.normscope.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import org.normscope.model.Role;
import org.normscope.world.Snapshot;
import org.normscope.world.World;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Worlds built from the generated datasets, and the random dates the questions are asked at. */
public final class GeneratedWorlds {
    /** Number of precomputed question dates (a power of two, cycled through). */
    static final int DATES = 4096;

    private GeneratedWorlds() {
    }

    /**
     * Applies the dataset to an empty world and keeps its snapshot. A full collection follows, so
     * that the fixture is tenured before measuring: otherwise the first young collections copy
     * hundreds of megabytes and land, as pauses of tens of milliseconds, inside the iterations.
     */
    static Snapshot build(Generator.Dataset data) {
        World world = new World(Clock.systemUTC());
        world.applyAll(List.of(data.transaction()));
        Snapshot snapshot = world.now();
        System.gc();
        return snapshot;
    }

    /** The mean answer size over the first 64 question dates. */
    static double averageRows(ToIntFunction<LocalDate> rows, LocalDate[] dates) {
        long sum = 0;
        for (int i = 0; i < 64; i++) {
            sum += rows.applyAsInt(dates[i]);
        }
        return sum / 64.0;
    }

    /** One million membership periods in two thousand organisations. */
    @State(Scope.Benchmark)
    public static class Memberships {
        Generator.Dataset data;
        Snapshot snapshot;
        LocalDate[] dates;

        @Setup(Level.Trial)
        public void build() {
            long t0 = System.nanoTime();
            data = Generator.memberships(Generator.SEED);
            snapshot = GeneratedWorlds.build(data);
            dates = Generator.queryDates(Generator.SEED + 1, DATES);
            System.out.printf("%ngenerated memberships: %s; built in %.1f s; members per answer: biggest %.1f, typical %.1f%n",
                    data.describe(), (System.nanoTime() - t0) / 1e9,
                    averageRows(d -> snapshot.members(data.biggest(), d, Role.MEMBER).size(), dates),
                    averageRows(d -> snapshot.members(data.typical(), d, Role.MEMBER).size(), dates));
        }
    }

    /** Five thousand instruments and two hundred thousand participation actions. */
    @State(Scope.Benchmark)
    public static class Participation {
        Generator.Dataset data;
        Snapshot snapshot;
        LocalDate[] dates;

        @Setup(Level.Trial)
        public void build() {
            long t0 = System.nanoTime();
            data = Generator.participation(Generator.SEED);
            snapshot = GeneratedWorlds.build(data);
            dates = Generator.queryDates(Generator.SEED + 2, DATES);
            System.out.printf("%ngenerated participation: %s; built in %.1f s; parties per answer: biggest %.1f, typical %.1f%n",
                    data.describe(), (System.nanoTime() - t0) / 1e9,
                    averageRows(d -> snapshot.parties(data.biggest(), null, d).size(), dates),
                    averageRows(d -> snapshot.parties(data.typical(), null, d).size(), dates));
        }
    }
}
