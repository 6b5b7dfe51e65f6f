package org.normscope.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the Normscope benchmarks. Defaults: one fork, three warm-up iterations of one second, five
 * measured iterations of one second (for the single-shot loading benchmarks, an iteration is one
 * load). Any JMH command-line option overrides them, and a regular expression selects benchmarks:
 * {@code BenchMain -f 1 -wi 1 -i 2 MembersAt}. {@code -h} lists the options.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cmd;
        try {
            cmd = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListWithParams() || cmd.shouldListProfilers()
                || cmd.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        // Values set on the builder win over its parent, so a default is set only where the command line is silent.
        ChainedOptionsBuilder b = new OptionsBuilder().parent(cmd);
        if (!cmd.getForkCount().hasValue()) {
            b.forks(1);
        }
        if (!cmd.getWarmupIterations().hasValue()) {
            b.warmupIterations(3);
        }
        if (!cmd.getWarmupTime().hasValue()) {
            b.warmupTime(TimeValue.seconds(1));
        }
        if (!cmd.getMeasurementIterations().hasValue()) {
            b.measurementIterations(5);
        }
        if (!cmd.getMeasurementTime().hasValue()) {
            b.measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(b.build()).run();
        summarise(results);
    }

    /** Restates the loading results as statements per second (a single-shot score is seconds per load). */
    private static void summarise(Collection<RunResult> results) {
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            Result<?> primary = r.getPrimaryResult();
            int statements;
            if (name.endsWith("LoadingBench.applyAllMillion")) {
                statements = Generator.MEMBERSHIPS;
            } else if (name.endsWith("LoadingBench.readyFromLedger")) {
                statements = Generator.participation(Generator.SEED).statements().size();
            } else {
                continue;
            }
            double seconds = primary.getScore();
            if (!"s/op".equals(primary.getScoreUnit())) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%s: %,d statements in %.3f s/op = %,.0f statements/s%n",
                    name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1), statements, seconds, statements / seconds);
        }
    }
}
