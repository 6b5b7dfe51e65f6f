package org.normscope.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.LifecycleType;
import org.normscope.model.Statement;
import org.normscope.model.Truth;
import org.normscope.world.Snapshot;

/**
 * The Lucene index of the world: derived data, kept in step with the ledger. The last
 * transaction it reflects is written into each commit, so that a stale or missing index is
 * rebuilt on start and a current one is reused. Searches run on a near-real-time reader that
 * every update refreshes, so an import is searchable as soon as it returns.
 */
public final class SearchIndex implements AutoCloseable {
    /** One result: the entity (and the expression, for an instrument's text) with a highlighted snippet (HTML). */
    public record Hit(Id id, String kind, String name, @Nullable String expression, float score, String snippet) {
    }

    /**
     * What was asked: the query, optional filters by facet, the date for date-dependent facets, and
     * the page. {@code facets} false leaves the facet counts out of the answer (and their cost out
     * of the search).
     */
    public record Request(String query, Map<String, String> filters, LocalDate at, int page, int size, boolean facets) {
        public Request {
            filters = Map.copyOf(filters);
            page = Math.max(1, page);
            size = Math.max(1, Math.min(size, 100));
        }

        public Request(String query, Map<String, String> filters, LocalDate at, int page, int size) {
            this(query, filters, at, page, size, true);
        }
    }

    /**
     * The answer: one page of hits, their total, facet counts over all matches, close matches and a
     * message. {@code exactTotal} is false when the total is an estimate: a search without facets counts
     * matching documents (an instrument and its texts apart) and stops counting past
     * {@value #COUNT_UP_TO}, as a list of results needs no more.
     */
    public record Results(String query, int total, List<Hit> hits, Map<String, Map<String, Integer>> facets,
                          List<String> suggestions, @Nullable String message, boolean exactTotal) {
        public Results(String query, int total, List<Hit> hits, Map<String, Map<String, Integer>> facets,
                       List<String> suggestions, @Nullable String message) {
            this(query, total, hits, facets, suggestions, message, true);
        }
    }

    /** Without facets, matching documents are counted up to this many; past it the total is an estimate. */
    static final int COUNT_UP_TO = 1_000;

    static final String TX = "normscope.tx";
    static final int MAX_MATCHES = 5_000;

    private final Directory dir;
    private final Analyzer analyzer = Analyzers.perField();
    private final IndexWriter writer;
    private volatile DirectoryReader reader;

    private SearchIndex(Directory dir) throws IOException {
        this.dir = dir;
        this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.reader = DirectoryReader.open(writer);
    }

    /** The analysis of every field, for tools that query the index directly (the benchmarks' plain-Lucene side). */
    public static Analyzer analyzer() {
        return Analyzers.perField();
    }

    /**
     * The fields a search looks for its words in, with the weights it gives them: names, source
     * titles, and the texts of each language. (An exact name, acronym or identifier is matched on a
     * field of its own, above all of these.)
     */
    public static Map<String, Float> searchedFields() {
        return SEARCHED;
    }

    private static final Map<String, Float> SEARCHED;

    static {
        Map<String, Float> out = new LinkedHashMap<>();
        out.put(Analyzers.NAMES, 10f);
        out.put(Analyzers.SOURCE_NAMES, 2f);
        for (String lang : Analyzers.LANGUAGES) {
            out.put(Analyzers.textField(lang), 3f);
        }
        out.put(Analyzers.TEXT_OTHER, 3f);
        SEARCHED = java.util.Collections.unmodifiableMap(out);
    }

    /** The index in a folder (created if missing). */
    public static SearchIndex open(Path folder) {
        try {
            return new SearchIndex(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last ledger transaction the index reflects, 0 if none. */
    public long indexedThrough() {
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return Long.parseLong(data.getOrDefault(TX, "0"));
    }

    /** Brings the index in step with the world: rebuilt when missing or behind. */
    public synchronized void sync(Snapshot s, long lastTx) {
        if (indexedThrough() != lastTx) {
            rebuild(s, lastTx);
        }
    }

    /** Indexes every entity of the snapshot afresh. */
    public synchronized void rebuild(Snapshot s, long lastTx) {
        try {
            writer.deleteAll();
            for (Entity e : s.entities().values()) {
                for (Document d : Documents.of(e, s)) {
                    Documents.addFacetTerms(d);
                    writer.addDocument(d);
                }
            }
            commit(lastTx);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    /** Re-indexes the entities a transaction touched. */
    public synchronized void update(Snapshot s, Collection<Id> touched, long lastTx) {
        try {
            for (Id id : touched) {
                writer.deleteDocuments(new Term(Documents.ID, id.toString()));
                Entity e = s.entity(id).orElse(null);
                if (e != null) {
                    for (Document d : Documents.of(e, s)) {
                        Documents.addFacetTerms(d);
                        writer.addDocument(d);
                    }
                }
            }
            commit(lastTx);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    private void commit(long lastTx) throws IOException {
        writer.setLiveCommitData(Map.of(TX, String.valueOf(lastTx)).entrySet());
        writer.commit();
        DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
        if (fresh != null) {
            DirectoryReader old = reader;
            reader = fresh;
            old.decRef();
        }
    }

    public int size() {
        return reader.numDocs();
    }

    /**
     * Searches: the strict query first, the typo-forgiving one (a superset) only if the strict one
     * finds less than a page. Facets are counted over every match from doc values; only the documents of the
     * page shown are read. {@code s} supplies the date-dependent facet: whether an instrument is
     * in force on the request's date.
     */
    public Results search(Request r, Snapshot s) {
        DirectoryReader current = reader;
        current.incRef();
        try {
            Queries.Parsed parsed = Queries.parse(r.query(), analyzer);
            if (parsed.query() == null) {
                return new Results(r.query(), 0, List.of(), Map.of(), List.of(), parsed.message());
            }
            IndexSearcher searcher = new IndexSearcher(current);
            List<org.apache.lucene.util.BytesRef> statusIds = null;
            String wantStatus = r.filters().get("status");
            if (wantStatus != null) {
                statusIds = new ArrayList<>();
                for (Entity e : s.entities(Kind.INSTRUMENT)) {
                    if (wantStatus.equals(status(s, e.id().toString(), r.at()))) {
                        statusIds.add(new org.apache.lucene.util.BytesRef(e.id().toString()));
                    }
                }
            }
            Query q = Queries.filtered(parsed.query(), r.filters(), statusIds);
            int from = (r.page() - 1) * r.size();
            int want = from + r.size();
            // a little more than the page shows (a smaller top-N lets Lucene skip more); the loop below fetches more if
            // several documents of one entity (an instrument and its texts) take places
            int fetch = Math.min(want + want / 2, MAX_MATCHES);
            Counted c = r.facets() ? counted(searcher, q, fetch) : topOnly(searcher, q, fetch, current.leaves());
            // a query that finds less than a page may hold a typo that a title happens to share ("Shangai"):
            // the forgiving query keeps every strict match and adds names within a typo of the terms
            Query tolerant = c.total < r.size() ? parsed.tolerant().get() : null;
            if (tolerant != null) {
                q = Queries.filtered(tolerant, r.filters(), statusIds);
                c = r.facets() ? counted(searcher, q, fetch) : topOnly(searcher, q, fetch, current.leaves());
            }
            TopDocs top = c.top;
            int total = c.total;
            Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
            if (c.counter != null) {
                FacetCounter counter = c.counter;
                for (String f : FacetCounter.FACETS) {
                    if (counter.counts.containsKey(f)) {
                        facets.put(f, sorted(counter.counts.get(f)));
                    }
                }
                Map<String, Integer> statuses = new HashMap<>();
                for (String id : counter.instruments()) {
                    String st = status(s, id, r.at());
                    if (st != null) {
                        statuses.merge(st, 1, Integer::sum);
                    }
                }
                if (!statuses.isEmpty()) {
                    facets.put("status", sorted(statuses));
                }
            }
            // the page: one hit per entity (told apart by doc values), and only its documents are read
            List<Hit> hits = new ArrayList<>();
            List<org.apache.lucene.index.LeafReaderContext> leaves = current.leaves();
            while (true) {
                hits.clear();
                Set<String> seen = new java.util.HashSet<>();
                String[] ids = idsOf(leaves, top.scoreDocs);
                int rank = 0;
                for (int k = 0; k < top.scoreDocs.length; k++) {
                    ScoreDoc sd = top.scoreDocs[k];
                    if (!seen.add(ids[k])) {
                        continue;
                    }
                    if (rank++ >= from && hits.size() < r.size()) {
                        Document full = searcher.storedFields().document(sd.doc);
                        hits.add(new Hit(Id.parse(full.get(Documents.ID)), full.get("f_kind"), full.get(Documents.NAME),
                                full.get(Documents.EXPRESSION), sd.score, Snippets.of(full, parsed.terms())));
                    }
                }
                if (hits.size() >= r.size() || top.scoreDocs.length < fetch || fetch >= MAX_MATCHES) {
                    break;
                }
                // many documents of the same entities at the top: look further down
                fetch = Math.min(fetch * 2, MAX_MATCHES);
                top = searcher.search(q, fetch);
            }
            List<String> suggestions = total == 0 ? suggest(current, parsed.terms()) : List.of();
            return new Results(r.query(), total, hits, facets, suggestions, parsed.message(), c.exact);
        } catch (IOException e) {
            throw new UncheckedIOException("the search failed", e);
        } finally {
            try {
                current.decRef();
            } catch (IOException ignored) {
                // a reader that cannot be released is closed with the index
            }
        }
    }

    /** The best documents of a search and how many entities matched; {@code counter} holds the facets when they were counted. */
    private record Counted(TopDocs top, int total, boolean exact, @Nullable FacetCounter counter) {
    }

    /** One pass over every match: the exact count of entities, the facets, and the best documents. */
    private static Counted counted(IndexSearcher searcher, Query q, int fetch) throws IOException {
        var pass = searcher.search(q, new MultiCollectorManager(new TopScoreDocCollectorManager(fetch, Integer.MAX_VALUE),
                FacetCounter.manager(true)));
        FacetCounter counter = (FacetCounter) pass[1];
        return new Counted((TopDocs) pass[0], counter.distinctMatches(), true, counter);
    }

    /**
     * The best documents only, scored the way Lucene scores a top-N search (skipping documents that
     * cannot make it); matches counted up to {@value #COUNT_UP_TO}. When every match is among the
     * documents fetched, the count of distinct entities is exact; otherwise it is the number of
     * matching documents counted, an estimate.
     */
    private static Counted topOnly(IndexSearcher searcher, Query q, int fetch, List<org.apache.lucene.index.LeafReaderContext> leaves)
            throws IOException {
        TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(fetch, COUNT_UP_TO));
        long docs = top.totalHits.value();
        boolean all = top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO;
        if (all && docs <= top.scoreDocs.length) {
            return new Counted(top, new java.util.HashSet<>(Arrays.asList(idsOf(leaves, top.scoreDocs))).size(), true, null);
        }
        return new Counted(top, (int) Math.min(Integer.MAX_VALUE, docs), false, null);
    }

    /**
     * The entity ids of documents, from doc values (no stored field is decompressed for them),
     * looked up in document order so that each segment's values are read by one forward pass.
     */
    private static String[] idsOf(List<org.apache.lucene.index.LeafReaderContext> leaves, ScoreDoc[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a].doc, docs[b].doc));
        String[] out = new String[docs.length];
        int leafIndex = -1;
        org.apache.lucene.index.SortedDocValues values = null;
        int base = 0;
        for (int i : order) {
            int doc = docs[i].doc;
            int l = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
            if (l != leafIndex) {
                leafIndex = l;
                base = leaves.get(l).docBase;
                values = org.apache.lucene.index.DocValues.getSorted(leaves.get(l).reader(), Documents.ID_DV);
            }
            out[i] = values.advanceExact(doc - base) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
        }
        return out;
    }

    /** Whether an instrument is in force on {@code at}; null for other kinds. */
    private static @Nullable String status(Snapshot s, String id, LocalDate at) {
        if (!id.startsWith("instrument/")) {
            return null;
        }
        Id i = Id.parse(id);
        Entity e = s.entity(i).orElse(null);
        if (e == null || !(e.details() instanceof Details.InstrumentDetails)) {
            return null;
        }
        Truth inForce = Truth.NO;
        for (Statement.LifecycleEvent l : s.lifecycleOf(i)) {
            if (l.date() == null) {
                continue;
            }
            if (l.type() == LifecycleType.ENTERED_INTO_FORCE || l.type() == LifecycleType.ADOPTED && isPolitical(e)) {
                inForce = inForce.or(l.date().onOrBefore(at));
            }
            if ((l.type() == LifecycleType.TERMINATED || l.type() == LifecycleType.SUPERSEDED) && l.expression() == null
                    && l.date().onOrBefore(at) == Truth.YES) {
                return "ended";
            }
        }
        return inForce == Truth.YES ? "in-force" : inForce == Truth.MAYBE ? "possibly-in-force" : "not-in-force";
    }

    /** Non-binding instruments take effect when adopted; there is no entry into force to wait for. */
    private static boolean isPolitical(Entity e) {
        return ((Details.InstrumentDetails) e.details()).nature() == org.normscope.model.Nature.NON_BINDING;
    }

    private static void count(Map<String, Map<String, Integer>> facets, String facet, @Nullable String value) {
        if (value != null) {
            facets.computeIfAbsent(facet, k -> new HashMap<>()).merge(value, 1, Integer::sum);
        }
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Spelling suggestions from the names in the index, for a query that found nothing. */
    private static List<String> suggest(DirectoryReader r, List<String> terms) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            if (t.length() < 3) {
                continue;
            }
            for (SuggestWord w : checker.suggestSimilar(new Term(Analyzers.NAMES, t.toLowerCase(Locale.ROOT)), 3, r)) {
                if (!out.contains(w.string)) {
                    out.add(w.string);
                }
            }
        }
        return out;
    }

    /** Names that start with what has been typed so far, for the search box. */
    public List<Hit> complete(String prefix, int n) {
        String p = Documents.exact(prefix);
        if (p.isEmpty()) {
            return List.of();
        }
        DirectoryReader current = reader;
        try {
            current.incRef();
            IndexSearcher searcher = new IndexSearcher(current);
            TopDocs top = searcher.search(new org.apache.lucene.search.PrefixQuery(new Term(Analyzers.EXACT, p)), n * 3);
            List<Hit> out = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                if (seen.add(d.get(Documents.ID)) && out.size() < n) {
                    out.add(new Hit(Id.parse(d.get(Documents.ID)), d.get("f_kind"), d.get(Documents.NAME), null, sd.score, ""));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                current.decRef();
            } catch (IOException ignored) {
                // closed with the index
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            reader.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
