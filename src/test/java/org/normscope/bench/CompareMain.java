package org.normscope.bench;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.normscope.model.Id;

/**
 * Normscope side by side with SQLite, PostgreSQL and Jena TDB2/SPARQL on the same generated data
 * (issue 7). Every system loads the same {@link CompareData}; the answers of each comparator are
 * checked against Normscope's on a sample of parameters; then each question is timed on each
 * system with plain {@link System#nanoTime()} around each call: a warm-up, then many calls over
 * random parameters from a fixed seed (the same sequence for every system), reported as median
 * and 99th percentile. Everything runs in one JVM, one question at a time, on one thread.
 *
 * <pre>
 * CompareMain [--scale 1] [--format table|json] [--systems normscope,sqlite,postgresql,jena-sparql,lucene]
 *             [--pg-url jdbc:postgresql://127.0.0.1:5432/test?user=postgres] [--seed N]
 *             [--warmup SECONDS] [--measure SECONDS] [--max-samples N] [--check N] [--from-ledger 1g]
 * </pre>
 *
 * Progress goes to standard error; the table (or the JSON, and then the table to standard error)
 * to standard output. The Jena
 * comparator is found by name and only exists on the classpath of the {@code bench} Maven
 * profile; without it the run goes on without {@code jena-sparql}.
 */
public final class CompareMain {
    /** The questions, in the order they are reported. */
    enum Question {
        MEMBERS_AT("members-at"), PARTIES_AT("parties-at"), HISTORY("history"), MATRIX("matrix"), DIFF("diff"),
        /** Full text, results only (as the command line and the API ask), beside plain Lucene on the same index. */
        SEARCH("search"),
        /** Full text as the web page asks it: with the facets counted over every match. Normscope only. */
        SEARCH_PAGE("search-page");

        final String label;

        Question(String label) {
            this.label = label;
        }

        /** The questions every {@link Contender} answers. */
        static final List<Question> RECORD = List.of(MEMBERS_AT, PARTIES_AT, HISTORY, MATRIX, DIFF);
    }

    /** Median and 99th percentile of one question on one system. */
    record Result(Question question, String system, int samples, double p50, double p99, double rows) {
    }

    record Load(String system, double seconds, String footprint) {
    }

    record Mismatch(Question question, String system, String parameters, List<String> missing, List<String> extra) {
    }

    private static final int PARAMS = 8192;
    private static final int MATRIX_COLUMNS = 100;
    static volatile long sink;

    private final Options o;
    private final List<Contender> systems = new ArrayList<>();
    private boolean closed;

    private CompareMain(Options o) {
        this.o = o;
    }

    public static void main(String[] args) throws Exception {
        // Jena warns once that no BGP optimizer is set (see JenaContender); keep its logs to errors.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena", "error");
        String usage = "usage: CompareMain [--scale N] [--format table|json] [--systems a,b,…] [--pg-url URL] [--seed N]"
                + " [--warmup S] [--measure S] [--max-samples N] [--check N] [--from-ledger HEAP]";
        if (Arrays.asList(args).contains("-h") || Arrays.asList(args).contains("--help")) {
            System.out.println(usage);
            return;
        }
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("compare: " + e.getMessage());
            System.err.println(usage);
            System.exit(2);
            return;
        }
        CompareMain run = new CompareMain(o);
        Runtime.getRuntime().addShutdownHook(new Thread(run::closeAll));
        try {
            run.run();
        } finally {
            run.closeAll();
        }
    }

    private void run() throws Exception {
        long t0 = System.nanoTime();
        log("generating scale %s (seed %d)…", o.scale, o.seed);
        CompareData data = new CompareData(o.scale, o.seed);
        double flatten = data.flattenSeconds;
        log("generated %,d entities, %,d statements (%,d membership periods in %,d organisations, %,d actions on %,d instruments)"
                        + " in %.1f s; rows for the comparators in %.2f s",
                data.entities.size(), data.statementCount(), data.periodCount, data.orgCount, data.actionCount, data.instrumentCount,
                (System.nanoTime() - t0) / 1e9, flatten);
        data.history();
        log("ledger history: %,d corrections and %,d retractions after the first transaction", data.corrections, data.retractions);
        log("memberships: %s", data.memberships.describe());
        log("participation: %s", data.participation.describe());
        CompareData.Params params = new CompareData.Params(data, o.seed + 7, PARAMS, MATRIX_COLUMNS);

        NormscopeContender normscope = new NormscopeContender();
        systems.add(normscope);
        if (o.systems.contains("sqlite")) {
            systems.add(new SqliteContender());
        }
        if (o.systems.contains("postgresql")) {
            try {
                DriverManager.getConnection(o.pgUrl).close();
                systems.add(new PostgresContender(o.pgUrl));
            } catch (Exception e) {
                log("postgresql: skipped, cannot connect to %s (%s)", o.pgUrl, e.getMessage());
            }
        }
        if (o.systems.contains("jena-sparql")) {
            try {
                systems.add((Contender) Class.forName("org.normscope.bench.JenaContender").getDeclaredConstructor().newInstance());
            } catch (ClassNotFoundException e) {
                log("jena-sparql: skipped, Jena is not on the classpath (build with the bench profile: bin/bench compare)");
            }
        }

        List<Load> loads = new ArrayList<>();
        for (Contender s : systems) {
            long before = usedHeap();
            log("%s: loading…", s.name());
            long start = System.nanoTime();
            s.load(data);
            double seconds = (System.nanoTime() - start) / 1e9 + (s == normscope ? 0 : flatten);
            s.heapGrew(usedHeap() - before);
            loads.add(new Load(s.name(), seconds, s.footprint()));
            log("%s: ready in %.2f s (%s)", s.name(), seconds, s.footprint());
        }
        normscope.loadDiffWorld(data);
        firstAsks = firstAsks(normscope, params);
        log("%s", firstAsks);
        if (o.fromLedger != null) {
            loads.addAll(fromLedger(data, List.of(o.fromLedger.split(","))));
        }

        List<Mismatch> mismatches = new ArrayList<>();
        int compared = check(data, params, mismatches);
        log("checked %,d answers of the comparators against Normscope's: %d mismatches", compared, mismatches.size());
        for (Mismatch m : mismatches.subList(0, Math.min(20, mismatches.size()))) {
            log("  MISMATCH %s %s %s: missing %s, extra %s", m.question().label, m.system(), m.parameters(), m.missing(), m.extra());
        }

        List<Result> results = new ArrayList<>();
        for (Question q : Question.RECORD) {
            for (Contender s : systems) {
                Result r = time(s, q, params);
                results.add(r);
                logResult(r);
            }
        }
        if (o.systems.contains("lucene")) {
            closeAll();
            log("search: generating and indexing the text corpus…");
            long start = System.nanoTime();
            try (SearchCompare search = new SearchCompare(o.scale, o.seed)) {
                log("search: %,d documents in four languages indexed in %.1f s", search.documents, (System.nanoTime() - start) / 1e9);
                List<String> qs = search.queries;
                // the index was just built and nothing of search has been compiled yet: warm both sides up together first
                long until = System.nanoTime() + 3_000_000_000L;
                for (int i = 0; System.nanoTime() < until; i++) {
                    String q = qs.get(i % qs.size());
                    sink += search.normscope(q).hits().size() + search.lucene(q).size() + search.normscopePage(q).total();
                }
                results.add(logResult(timeCalls(Question.SEARCH, "normscope", i -> search.normscope(qs.get(i % qs.size())), a -> ((org.normscope.search.SearchIndex.Results) a).hits().size())));
                results.add(logResult(timeCalls(Question.SEARCH, "lucene", i -> search.lucene(qs.get(i % qs.size())), a -> ((List<?>) a).size())));
                results.add(logResult(timeCalls(Question.SEARCH_PAGE, "normscope", i -> search.normscopePage(qs.get(i % qs.size())), a -> ((org.normscope.search.SearchIndex.Results) a).hits().size())));
            }
        }
        String table = table(data, results, loads, compared, mismatches);
        if ("json".equals(o.format)) {
            System.err.print(table);
            System.out.print(json(data, results, loads, compared, mismatches));
        } else {
            System.out.print(table);
        }
        System.out.flush();
        log("done in %.0f s", (System.nanoTime() - t0) / 1e9);
    }

    // ---- ready from the ledger ----

    /**
     * Writes the data into an SQLite ledger (entities, then statements in transactions of 10,000),
     * then opens a store on it in a fresh JVM for each of {@code heaps} as its maximum heap: the
     * time until it answers, and whether it fits.
     */
    private List<Load> fromLedger(CompareData data, List<String> heaps) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("normscope-compare-ledger");
        try {
            String url = "jdbc:sqlite:" + dir.resolve("normscope.db");
            long t0 = System.nanoTime();
            java.time.Clock clock = java.time.Clock.systemUTC();
            try (org.normscope.ledger.Ledger ledger = org.normscope.ledger.Ledger.open(url)) {
                List<org.normscope.model.Transaction> history = data.history();
                List<org.normscope.model.Transaction.Change> changes = history.getFirst().changes();
                int entities = data.entities.size();
                ledger.append("bench", "generated entities", changes.subList(0, entities), clock);
                for (int i = entities; i < changes.size(); i += 10_000) {
                    ledger.append("bench", "generated statements", changes.subList(i, Math.min(changes.size(), i + 10_000)), clock);
                }
                ledger.append("bench", "corrections and retractions", history.get(1).changes(), clock);
            }
            log("ledger: written in %.1f s (%,d MB)", (System.nanoTime() - t0) / 1e9, java.nio.file.Files.size(dir.resolve("normscope.db")) >> 20);
            List<Load> out = new ArrayList<>();
            for (String heap : heaps) {
                out.add(openIn(url, heap));
            }
            return out;
        } finally {
            StarterData.deleteTree(dir);
        }
    }

    private static Load openIn(String url, String heap) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                LedgerOpen.class.getName(), url);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        int code = p.waitFor();
        if (code != 0 || out.isEmpty()) {
            log("ledger: the store did not open with -Xmx%s (exit %d)", heap, code);
            return new Load("normscope-ledger", Double.NaN, "did not open with -Xmx" + heap);
        }
        String[] f = out.split(" ");
        log("ledger: ready in %s s with -Xmx%s, heap %s MB in use, %s statements", f[0], heap, f[1], f[2]);
        return new Load("normscope-ledger", Double.parseDouble(f[0]), "from the SQLite ledger, new JVM, -Xmx" + heap + ", " + f[1]
                + " MB of heap in use");
    }

    // ---- checking ----

    /** Compares each comparator's answers with Normscope's, as sets of ids, on the first parameters and on the biggest owners. */
    private int check(CompareData data, CompareData.Params p, List<Mismatch> out) throws Exception {
        Contender ns = systems.getFirst();
        int compared = 0;
        for (Question q : Question.RECORD) {
            int n = q == Question.MATRIX || q == Question.DIFF ? Math.max(1, o.check / 4) : o.check;
            for (int k = 0; k < n + 5; k++) {
                int i = k < n ? k : PARAMS - 1 - (k - n);
                Id org = k < n ? p.orgs[i] : data.memberships.biggest();
                Id instrument = k < n ? p.instruments[i] : data.participation.biggest();
                Set<String> expected = ns.ids(q, ask(ns, q, p, i, org, instrument));
                for (Contender s : systems.subList(1, systems.size())) {
                    Set<String> got = s.ids(q, ask(s, q, p, i, org, instrument));
                    compared++;
                    if (!got.equals(expected)) {
                        out.add(new Mismatch(q, s.name(), describe(q, p, i, org, instrument), firstOf(expected, got), firstOf(got, expected)));
                    }
                }
            }
        }
        return compared;
    }

    private static List<String> firstOf(Set<String> a, Set<String> minus) {
        TreeSet<String> d = new TreeSet<>(a);
        d.removeAll(minus);
        return d.stream().limit(5).toList();
    }

    private static String describe(Question q, CompareData.Params p, int i, Id org, Id instrument) {
        return switch (q) {
            case MEMBERS_AT -> org + " " + p.dates[i];
            case PARTIES_AT -> instrument + " " + p.dates[i];
            case HISTORY -> p.states[i].toString();
            case MATRIX -> p.columns.get(i).size() + " instruments " + p.dates[i];
            case DIFF -> p.spans[i][0] + ".." + p.spans[i][1];
            case SEARCH, SEARCH_PAGE -> throw new IllegalArgumentException("not a record question: " + q);
        };
    }

    private static Object ask(Contender s, Question q, CompareData.Params p, int i, Id org, Id instrument) throws Exception {
        return switch (q) {
            case MEMBERS_AT -> s.membersAt(org, p.dates[i]);
            case PARTIES_AT -> s.partiesAt(instrument, p.dates[i]);
            case HISTORY -> s.history(p.states[i]);
            case MATRIX -> s.matrix(p.columns.get(i), p.dates[i]);
            case DIFF -> s.diff(p.spans[i][0], p.spans[i][1]);
            case SEARCH, SEARCH_PAGE -> throw new IllegalArgumentException("not a record question: " + q);
        };
    }

    private static Object ask(Contender s, Question q, CompareData.Params p, int i) throws Exception {
        return ask(s, q, p, i, p.orgs[i], p.instruments[i]);
    }

    // ---- timing ----

    /**
     * Warm-up on parameters from the second half of the sequence for {@code --warmup} seconds (at
     * least one call), then measured calls from the start of the sequence until {@code --max-samples}
     * calls, or until {@code --measure} seconds have passed and at least 10 calls were made, or four
     * times that long.
     */
    private Result time(Contender s, Question q, CompareData.Params p) throws Exception {
        return timeCalls(q, s.name(), i -> ask(s, q, p, i), s::size);
    }

    interface Call {
        Object ask(int i) throws Exception;
    }

    private Result logResult(Result r) {
        log("%-11s %-12s n=%,6d  p50 %,12.1f µs  p99 %,12.1f µs  (%.0f rows)", r.question().label, r.system(), r.samples(), r.p50(), r.p99(), r.rows());
        return r;
    }

    private Result timeCalls(Question q, String system, Call call, java.util.function.ToIntFunction<Object> size) throws Exception {
        long warm = (long) (o.warmup * 1e9);
        long start = System.nanoTime();
        int w = 0;
        do {
            sink += size.applyAsInt(call.ask(PARAMS / 2 + (w++ % (PARAMS / 2))));
        } while (System.nanoTime() - start < warm);
        long budget = (long) (o.measure * 1e9);
        long[] samples = new long[o.maxSamples];
        long rows = 0;
        int n = 0;
        start = System.nanoTime();
        while (n < samples.length) {
            long t = System.nanoTime();
            Object answer = call.ask(n % PARAMS);
            samples[n++] = System.nanoTime() - t;
            rows += size.applyAsInt(answer);
            long elapsed = System.nanoTime() - start;
            if ((elapsed >= budget && n >= 10) || elapsed >= 4 * budget) {
                break;
            }
        }
        sink += rows;
        long[] sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        return new Result(q, system, n, percentile(sorted, 0.50) / 1e3, percentile(sorted, 0.99) / 1e3, (double) rows / n);
    }

    /** Nearest-rank percentile. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Heap in use after a full collection. */
    static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    // ---- output ----

    private static Map<Question, Result> normscopeResults(List<Result> results) {
        Map<Question, Result> out = new LinkedHashMap<>();
        results.stream().filter(r -> r.system().equals("normscope")).forEach(r -> out.put(r.question(), r));
        return out;
    }

    /** What the first asks cost, where Normscope builds something on first use and keeps it (see {@link #firstAsks}). */
    private String firstAsks = "";

    /**
     * Normscope keeps each entity's story (history) once asked for, and each organisation's
     * memberships laid out by member (diff) once compared; the timed runs then mostly find them
     * built. This times the first asks, on a world where nothing has been asked yet: history of
     * up to 50 distinct states, and the first diff (which lays out every organisation).
     */
    private static String firstAsks(NormscopeContender normscope, CompareData.Params params) {
        List<Double> ms = new ArrayList<>();
        Set<Id> seen = new java.util.HashSet<>();
        for (int i = 0; i < params.states.length && ms.size() < 50; i++) {
            if (seen.add(params.states[i])) {
                long t = System.nanoTime();
                sink += normscope.size(normscope.history(params.states[i]));
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        java.util.Collections.sort(ms);
        long t = System.nanoTime();
        sink += normscope.size(normscope.diff(params.spans[0][0], params.spans[0][1]));
        double diff = (System.nanoTime() - t) / 1e6;
        return String.format(Locale.ROOT, "normscope, first asks: history of a state not asked before, median %.1f ms, slowest %.1f ms"
                + " (%d states); the first diff %.0f ms", ms.get(ms.size() / 2), ms.getLast(), ms.size(), diff);
    }

    private String table(CompareData data, List<Result> results, List<Load> loads, int compared, List<Mismatch> mismatches) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Normscope side by side, scale %s: %,d organisations, %,d membership periods, %,d instruments, "
                        + "%,d actions, %d states%n%n", o.scale, data.orgCount, data.periodCount, data.instrumentCount, data.actionCount,
                data.states.size()));
        b.append(machine()).append(String.format("%n%n"));
        b.append(String.format(Locale.ROOT, "%-11s %-12s %8s %12s %12s %10s %10s%n", "question", "system", "samples", "p50 µs", "p99 µs",
                "p50 ratio", "rows"));
        Map<Question, Result> ns = normscopeResults(results);
        for (Result r : results) {
            b.append(String.format(Locale.ROOT, "%-11s %-12s %,8d %,12.1f %,12.1f %10s %,10.1f%n", r.question().label, r.system(),
                    r.samples(), r.p50(), r.p99(), r.system().equals("normscope") ? "1" : ratio(r.p50() / ns.get(r.question()).p50()),
                    r.rows()));
        }
        b.append(String.format(Locale.ROOT, "%nload, from the generated objects to ready to answer:%n"));
        for (Load l : loads) {
            b.append(String.format(Locale.ROOT, "  %-12s %8.2f s   %s%n", l.system(), l.seconds(), l.footprint()));
        }
        b.append(String.format(Locale.ROOT, "%n%s%n", firstAsks));
        b.append(String.format(Locale.ROOT, "%nchecked %,d answers against Normscope's (same sets of ids): %d mismatches%n",
                compared, mismatches.size()));
        return b.toString();
    }

    /** The machine's details: processors, CPU model, memory, Java. */
    static String machine() {
        String cpu = "unknown CPU";
        String memory = "";
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal")) {
                    memory = String.format(Locale.ROOT, ", %.0f GiB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
                    break;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: the processor count and Java are still known
        }
        return String.format(Locale.ROOT, "machine: %d processors, %s%s; Java %s (%s), heap %,d MB", Runtime.getRuntime().availableProcessors(),
                cpu, memory, System.getProperty("java.version"), System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static String ratio(double r) {
        return r >= 100 ? String.format(Locale.ROOT, "%,.0f", r) : r >= 10 ? String.format(Locale.ROOT, "%.1f", r)
                : String.format(Locale.ROOT, "%.2f", r);
    }

    private String json(CompareData data, List<Result> results, List<Load> loads, int compared, List<Mismatch> mismatches) {
        StringBuilder b = new StringBuilder("{\"results\":[");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"question\":\"%s\",\"system\":\"%s\",\"p50_us\":%.3f,\"p99_us\":%.3f}", r.question().label, r.system(), r.p50(), r.p99()));
        }
        b.append("],\"ratios\":[");
        Map<Question, Result> ns = normscopeResults(results);
        boolean first = true;
        for (Result r : results) {
            if (!r.system().equals("normscope")) {
                b.append(first ? "" : ",").append(String.format(Locale.ROOT, "{\"question\":\"%s\",\"comparator\":\"%s\",\"ratio\":%.3f}",
                        r.question().label, r.system(), r.p50() / ns.get(r.question()).p50()));
                first = false;
            }
        }
        b.append("],\"load\":[");
        for (int i = 0; i < loads.size(); i++) {
            Load l = loads.get(i);
            b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"system\":\"%s\",\"seconds\":%s}", l.system(),
                    Double.isNaN(l.seconds()) ? "null" : String.format(Locale.ROOT, "%.3f", l.seconds())));
        }
        b.append(String.format(Locale.ROOT, "],\"scale\":%s,\"checked\":%d,\"mismatches\":%d}%n", o.scale, compared, mismatches.size()));
        return b.toString();
    }

    private static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, format + "%n", args);
    }

    private synchronized void closeAll() {
        if (closed) {
            return;
        }
        closed = true;
        for (Contender s : systems) {
            try {
                s.close();
            } catch (Exception e) {
                log("%s: closing failed: %s", s.name(), e);
            }
        }
    }

    // ---- options ----

    static final class Options {
        double scale = 1;
        String format = "table";
        Set<String> systems = Set.of("normscope", "sqlite", "postgresql", "jena-sparql", "lucene");
        String pgUrl = PostgresContender.DEFAULT_URL;
        long seed = Generator.SEED;
        double warmup = -1;
        double measure = -1;
        int maxSamples = 20_000;
        int check = 20;
        /** Also write an SQLite ledger and time a store opening on it in a JVM with this heap (e.g. 1g); null: not. */
        String fromLedger;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("unknown argument or missing value: " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--scale" -> o.scale = Double.parseDouble(v);
                    case "--format" -> {
                        if (!v.equals("json") && !v.equals("table")) {
                            throw new IllegalArgumentException("--format is table or json, not " + v);
                        }
                        o.format = v;
                    }
                    case "--systems" -> o.systems = Set.copyOf(Arrays.asList(v.split(",")));
                    case "--pg-url" -> o.pgUrl = v;
                    case "--seed" -> o.seed = Long.parseLong(v);
                    case "--warmup" -> o.warmup = Double.parseDouble(v);
                    case "--measure" -> o.measure = Double.parseDouble(v);
                    case "--max-samples" -> o.maxSamples = Integer.parseInt(v);
                    case "--check" -> o.check = Integer.parseInt(v);
                    case "--from-ledger" -> o.fromLedger = v;
                    default -> throw new IllegalArgumentException("unknown argument " + a);
                }
            }
            if (o.scale <= 0) {
                throw new IllegalArgumentException("--scale must be positive");
            }
            // Tiny scales are smoke runs: short budgets.
            if (o.warmup < 0) {
                o.warmup = o.scale < 0.1 ? 0.2 : 1.0;
            }
            if (o.measure < 0) {
                o.measure = o.scale < 0.1 ? 0.4 : 3.0;
            }
            return o;
        }
    }
}
