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
import org.apache.lucene.document.Document;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Expression;
import org.normscope.model.Id;
import org.normscope.model.InstrumentType;
import org.normscope.model.Kind;
import org.normscope.model.Labels;
import org.normscope.model.Nature;
import org.normscope.model.PartialDate;
import org.normscope.model.Transaction;
import org.normscope.search.SearchIndex;
import org.normscope.world.Snapshot;
import org.normscope.world.World;

/**
 * The full-text question of the side-by-side run: a generated corpus of instrument texts in four
 * languages, indexed once by Normscope's {@link SearchIndex}; then the same query strings asked of
 * Normscope's search and of plain Lucene on the same index ({@link PlainLucene}). The plain side is what a Lucene user
 * would write for a multilingual index: Lucene's own {@link MultiFieldQueryParser} over the same
 * fields with the same weights and the same per-field analysis, the top ten documents, and the
 * stored fields of those ten read. Normscope's side adds its own parsing (phrases, exact names),
 * one hit per entity, counts, snippets and, on the page, facets.
 */
final class SearchCompare implements AutoCloseable {
    /** Words per language; titles and texts draw on them so that queries match many documents. */
    static final Map<String, String[]> WORDS = Map.of(
            "en", "information security cyber convention agreement cooperation declaration international telecommunications crime protocol council summit treaty norms state code conduct report experts group resolution assembly defence pledge network".split(" "),
            "fr", "information sécurité cyber convention accord coopération déclaration internationale télécommunications criminalité protocole conseil sommet traité normes état code conduite rapport experts groupe résolution assemblée défense engagement réseau".split(" "),
            "es", "información seguridad ciber convenio acuerdo cooperación declaración internacional telecomunicaciones delito protocolo consejo cumbre tratado normas estado código conducta informe expertos grupo resolución asamblea defensa compromiso red".split(" "),
            "ru", "информация безопасность кибер конвенция соглашение сотрудничество декларация международный электросвязь преступность протокол совет саммит договор нормы государство кодекс поведение доклад эксперты группа резолюция ассамблея оборона обязательство сеть".split(" "));
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru");

    final int documents;
    private final Path dir;
    private final SearchIndex index;
    private final Snapshot snapshot;
    private final PlainLucene plain;
    final List<String> queries = new ArrayList<>();
    private static final LocalDate AT = LocalDate.of(2026, 11, 30);

    SearchCompare(double scale, long seed) throws IOException {
        documents = (int) Math.max(200, Math.round(20_000 * scale));
        dir = Files.createTempDirectory("normscope-compare-search");
        World world = new World(Clock.systemUTC());
        world.apply(new Transaction(1, Instant.parse("2026-01-01T00:00:00Z"), "bench", "generated texts", corpus(documents, seed)));
        snapshot = world.now();
        index = SearchIndex.open(dir.resolve("index"));
        index.rebuild(snapshot, world.lastTransaction());
        plain = new PlainLucene(dir.resolve("index"));
        Random r = new Random(seed + 3);
        for (int i = 0; i < 1024; i++) {
            String[] words = WORDS.get(LANGUAGES.get(r.nextInt(LANGUAGES.size())));
            queries.add(words[r.nextInt(words.length)] + (r.nextBoolean() ? " " + words[r.nextInt(words.length)] : ""));
        }
    }

    private static List<Transaction.Change> corpus(int n, long seed) {
        Random r = new Random(seed);
        List<Transaction.Change> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String lang = LANGUAGES.get(i % LANGUAGES.size());
            String[] words = WORDS.get(lang);
            String title = sentence(r, words, 3 + r.nextInt(6));
            StringBuilder text = new StringBuilder();
            int sentences = 3 + r.nextInt(10);
            for (int k = 0; k < sentences; k++) {
                text.append(sentence(r, words, 6 + r.nextInt(12))).append(". ");
            }
            PartialDate date = PartialDate.parse(String.valueOf(1990 + r.nextInt(35)));
            Expression x = new Expression(lang, lang, true, title, null, date, Map.of(), null, null, null, text.toString(), List.of());
            Id id = Id.of(Kind.INSTRUMENT, "gen-text-" + i);
            out.add(Transaction.Change.assertion(new Entity(id, new Labels(Map.of(lang, title), List.of(), Map.of()),
                    new Details.InstrumentDetails(InstrumentType.OTHER, i % 3 == 0 ? Nature.BINDING : Nature.NON_BINDING, null, false, List.of(x)),
                    List.of(), null)));
        }
        return out;
    }

    private static String sentence(Random r, String[] words, int n) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < n; w++) {
            b.append(w == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
        }
        return b.toString();
    }

    /** Normscope's search as the command line and the API ask it: ten hits with snippets, the total, no facets. */
    SearchIndex.Results normscope(String q) {
        return index.search(new SearchIndex.Request(q, Map.of(), AT, 1, 10, false), snapshot);
    }

    /** Normscope's search as the web page asks it: the same, and the facets over every match. */
    SearchIndex.Results normscopePage(String q) {
        return index.search(new SearchIndex.Request(q, Map.of(), AT, 1, 10, true), snapshot);
    }

    /** Plain Lucene on the same index ({@link PlainLucene}). */
    List<Document> lucene(String q) throws IOException {
        return plain.search(q);
    }

    @Override
    public void close() throws IOException {
        plain.close();
        index.close();
        StarterData.deleteTree(dir);
    }
}
