package org.normscope.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.normscope.world.Snapshot;
import org.normscope.world.World;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Worlds built from the generated datasets, and the random dates the questions are asked at. */
final class GeneratedWorlds {
    /** Number of precomputed question dates (a power of two, cycled through). */
    static final int DATES = 4096;

    private GeneratedWorlds() {
    }

    static Snapshot build(Generator.Dataset data) {
        World world = new World(Clock.systemUTC());
        world.applyAll(List.of(data.transaction()));
        return world.now();
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
            System.out.printf("%ngenerated memberships: %s; built in %.1f s%n", data.describe(), (System.nanoTime() - t0) / 1e9);
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
            System.out.printf("%ngenerated participation: %s; built in %.1f s%n", data.describe(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
