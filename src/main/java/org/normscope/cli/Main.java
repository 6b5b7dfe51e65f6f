package org.normscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.normscope.app.Normscope;
import org.normscope.bundle.BundleException;
import org.normscope.ledger.Ledger;
import org.normscope.ledger.LedgerException;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.ModelException;
import org.normscope.world.Resolution;
import org.normscope.world.Snapshot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code normscope <command>}: global options, the store, time arguments and the one place errors become exit codes. */
@Command(name = "normscope", mixinStandardHelpOptions = true, version = "normscope 0.1.0",
        description = "Sourced, dated facts on international cyber governance: who belongs to what, who is bound by what, since when, and according to whom.",
        subcommands = {DataCommands.Import.class, DataCommands.Export.class, DataCommands.Check.class,
                QueryCommands.Show.class, QueryCommands.Members.class, QueryCommands.Parties.class,
                QueryCommands.History.class, AnalysisCommands.Matrix.class, AnalysisCommands.Diff.class,
                AnalysisCommands.WhatIf.class, AnalysisCommands.Overlap.class, AnalysisCommands.Compare.class, StatsCommand.class,
                SearchCommands.Search.class, SearchCommands.Reindex.class,
                ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    /** A reference or argument that names nothing usable: exit code 1. */
    static final class DataError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DataError(String message) {
            super(message);
        }
    }

    /** A malformed argument found after parsing: exit code 2, like picocli's own usage errors. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    /** Lucene asks for the incubating Vector API; it works as well without, and need not say so (held: JUL keeps loggers weakly). */
    private static final java.util.logging.Logger QUIET_LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the embedded store (default: ./normscope-data).")
    @Nullable Path data;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "Use this database instead of the embedded store, e.g. jdbc:postgresql://host/db?user=u.")
    @Nullable String db;

    @Option(names = "--no-bundled", scope = ScopeType.INHERIT, hidden = true,
            description = "Do not load the bundled dataset into an empty store.")
    boolean noBundled;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    Normscope open() {
        Path folder = data != null ? data : Path.of("normscope-data");
        String url = db != null ? db : Ledger.embeddedUrl(folder);
        return Normscope.open(url, clock, !noBundled).indexIn(folder.resolve(db != null ? "index-" + Integer.toHexString(db.hashCode()) : "index"));
    }

    /** A valid-time date: a full calendar day. */
    static LocalDate date(@Nullable String text, LocalDate fallback) {
        return date(text, fallback, "--at");
    }

    static LocalDate date(@Nullable String text, LocalDate fallback, String option) {
        if (text == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageError(option + ": '" + text + "' is not a date; write a day as YYYY-MM-DD, e.g. 2014-09-12");
        }
    }

    /** A record time: an instant, or a day meaning the end of that day (UTC). */
    static @Nullable Instant known(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return org.normscope.app.Times.known(text);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--known: " + e.getMessage());
        }
    }

    /** Resolves a reference or fails with the candidates. */
    static Resolution.Found resolve(Snapshot s, String ref, Set<Kind> kinds, String what) {
        return org.normscope.world.Selectors.found(s, ref, kinds, what);
    }

    static String label(Snapshot s, Id id) {
        return s.name(id) + " (" + id + ")";
    }

    public static void main(String[] args) {
        QUIET_LUCENE.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), Clock.systemUTC()));
    }

    /** Runs one command line and returns its exit code; used by {@link #main} and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        Main main = new Main();
        main.clock = clock;
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UsageError u) {
                line.getErr().println("normscope: " + u.getMessage());
                String sub = parsed.subcommand() == null ? "" : " " + parsed.subcommand().commandSpec().name();
                line.getErr().println("Try 'normscope help" + sub + "' for the options.");
                return 2;
            }
            String message = switch (e) {
                case DataError d -> d.getMessage();
                case org.normscope.world.QueryException q -> q.getMessage();
                case BundleException b -> String.join("\n", b.problems()) + "\n" + b.problems().size()
                        + " problem" + (b.problems().size() == 1 ? "" : "s") + "; nothing was imported";
                case LedgerException l -> l.getMessage();
                case ModelException m -> m.getMessage();
                case java.io.UncheckedIOException io -> "cannot read or write a file: " + io.getCause().getMessage();
                default -> "internal error: " + e;
            };
            line.getErr().println("normscope: " + message);
            if (System.getenv("NORMSCOPE_DEBUG") != null) {
                e.printStackTrace(line.getErr());
            }
            return 1;
        });
        return cl.execute(args);
    }
}
