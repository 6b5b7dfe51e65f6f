package org.normscope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.normscope.app.Exports;
import org.normscope.app.Normscope;
import org.normscope.bundle.Bundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Commands that load, check and write out the data. */
final class DataCommands {
    private DataCommands() {
    }

    @Command(name = "import", description = "Load bundle files or folders: all of them in one transaction, or nothing.")
    static final class Import implements Callable<Integer> {
        @ParentCommand Main main;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Bundle files or folders.") List<Path> paths;
        @Option(names = "--author", description = "Who records this (default: $USER).") String author = System.getProperty("user.name", "unknown");
        @Option(names = "--reason", description = "Why (default: import PATH…).") String reason;

        @Override
        public Integer call() {
            try (Normscope store = main.open()) {
                Bundle bundle = Bundle.read(paths);
                String why = reason != null ? reason : "import " + String.join(" ", paths.stream().map(Path::toString).toList());
                Normscope.ImportResult r = store.importBundle(bundle, author, why);
                var out = spec.commandLine().getOut();
                r.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
                if (r.transaction() == 0) {
                    out.println("nothing new: the store already holds " + bundle.entities().size() + " entities as given");
                } else {
                    out.printf("recorded transaction %d: %d record version%s asserted, %d retracted (%d entities read)%n",
                            r.transaction(), r.asserted(), r.asserted() == 1 ? "" : "s", r.retracted(), bundle.entities().size());
                }
                return 0;
            }
        }
    }

    @Command(name = "export", description = "Write the store out: bundle (round-trips byte for byte), jsonl (the whole ledger) or csv (one file per relation).")
    static final class Export implements Callable<Integer> {
        enum Kind { BUNDLE, JSONL, CSV }

        @ParentCommand Main main;
        @Spec CommandSpec spec;
        @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
        @Option(names = "--format", paramLabel = "bundle|jsonl|csv") Kind format = Kind.BUNDLE;
        @Option(names = "--known", paramLabel = "T", description = "Export the record as it stood at T (bundle and csv).") String known;

        @Override
        public Integer call() {
            try (Normscope store = main.open()) {
                var snapshot = store.world().known(Main.known(known));
                List<Path> files = switch (format) {
                    case BUNDLE -> Exports.bundle(snapshot, out);
                    case CSV -> Exports.csv(snapshot, out);
                    case JSONL -> List.of(Exports.jsonl(store, out));
                };
                spec.commandLine().getOut().printf("wrote %d file%s to %s%n", files.size(), files.size() == 1 ? "" : "s", out);
                return 0;
            }
        }
    }

    @Command(name = "check", description = "Integrity report: unsourced facts, dangling references, periods that run backwards or overlap.")
    static final class Check implements Callable<Integer> {
        @ParentCommand Main main;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            try (Normscope store = main.open()) {
                List<String> problems = store.check();
                var out = spec.commandLine().getOut();
                problems.forEach(out::println);
                long errors = problems.stream().filter(p -> p.startsWith("error")).count();
                var s = store.world().now();
                out.printf("checked %d entities and %d statements: %d error%s, %d warning%s%n", s.entities().size(),
                        s.statementCount(), errors, errors == 1 ? "" : "s", problems.size() - errors,
                        problems.size() - errors == 1 ? "" : "s");
                return errors == 0 ? 0 : 1;
            }
        }
    }
}
