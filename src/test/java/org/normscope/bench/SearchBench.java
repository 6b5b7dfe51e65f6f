package org.normscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.normscope.app.Normscope;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.Labels;
import org.normscope.model.PartialDate;
import org.normscope.model.SourceType;
import org.normscope.model.Transaction;
import org.normscope.search.SearchIndex;
import org.normscope.world.Snapshot;
import org.normscope.world.World;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Search latency: Normscope's search (parsing, ranking query, one hit per entity, snippets; with
 * or without facets over every match) beside plain Lucene on the same index: Lucene's own
 * multi-field parser over the same fields, weights and analysers, its top ten documents read.
 * Two corpora: the bundled dataset, and 100,000 generated source documents with titles drawn from
 * a fixed vocabulary, so that queries match many.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "--enable-native-access=ALL-UNNAMED"})
@State(Scope.Benchmark)
public class SearchBench {
    static final String[] WORDS = {"information", "security", "cyber", "convention", "agreement", "cooperation", "declaration",
        "international", "telecommunications", "crime", "protocol", "council", "summit", "treaty", "norms", "state", "code",
        "conduct", "report", "experts", "group", "resolution", "assembly", "organisation", "defence", "pledge", "network"};

    @Param({"starter", "generated"})
    public String corpus;

    Path dir;
    SearchIndex index;
    Snapshot snapshot;
    PlainLucene plain;
    List<String> queries;
    int next;

    @Setup(Level.Trial)
    public void build() throws IOException {
        dir = Files.createTempDirectory("normscope-bench-search");
        World world;
        if (corpus.equals("starter")) {
            try (Normscope n = Normscope.open("jdbc:sqlite:" + dir.resolve("normscope.db"), Clock.systemUTC(), true)) {
                world = n.world();
            }
        } else {
            world = new World(Clock.systemUTC());
            world.apply(new Transaction(1, Instant.parse("2026-01-01T00:00:00Z"), "bench", "generated corpus", generated(100_000)));
        }
        snapshot = world.now();
        index = SearchIndex.open(dir.resolve("index"));
        index.rebuild(snapshot, world.lastTransaction());
        plain = new PlainLucene(dir.resolve("index"));
        Random rnd = new Random(42);
        queries = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            queries.add(WORDS[rnd.nextInt(WORDS.length)] + (rnd.nextBoolean() ? " " + WORDS[rnd.nextInt(WORDS.length)] : ""));
        }
        System.out.printf("%nsearch corpus %s: %,d documents%n", corpus, index.size());
        System.gc();
    }

    static List<Transaction.Change> generated(int n) {
        Random rnd = new Random(7);
        List<Transaction.Change> changes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder title = new StringBuilder();
            int words = 3 + rnd.nextInt(8);
            for (int w = 0; w < words; w++) {
                title.append(w == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
            }
            Id id = Id.of(Kind.SOURCE, "gen-" + i);
            changes.add(Transaction.Change.assertion(new Entity(id, Labels.NONE,
                    new Details.SourceDetails(SourceType.DOCUMENT, title.toString(), List.of(), "Institution " + (i % 97), null, null,
                            "DOC/" + i, PartialDate.parse(String.valueOf(1990 + rnd.nextInt(35))), null, null, rnd.nextBoolean() ? "en" : "fr"),
                    List.of(), null)));
        }
        return changes;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        plain.close();
        index.close();
        StarterData.deleteTree(dir);
    }

    private String query() {
        next = (next + 1) & 255;
        return queries.get(next);
    }

    /** Results only, as the command line (--no-facets) and the API (facets=false) ask. */
    @Benchmark
    public SearchIndex.Results normscope() {
        return index.search(new SearchIndex.Request(query(), Map.of(), LocalDate.of(2026, 11, 30), 1, 10, false), snapshot);
    }

    /** As the web page asks: with the facets counted over every match. */
    @Benchmark
    public SearchIndex.Results normscopeWithFacets() {
        return index.search(new SearchIndex.Request(query(), Map.of(), LocalDate.of(2026, 11, 30), 1, 10, true), snapshot);
    }

    /**
     * The same words through Lucene's own multi-field parser over the same fields, weights and
     * analysers, and the ten documents shown read, as any search page must.
     */
    @Benchmark
    public List<org.apache.lucene.document.Document> plainLucene() throws IOException {
        return plain.search(query());
    }
}
