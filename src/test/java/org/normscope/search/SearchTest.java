package org.normscope.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normscope.TestStores;
import org.normscope.app.Normscope;
import org.normscope.bundle.Bundle;

/** Real queries in several languages against a real Lucene index of the bundled dataset. */
class SearchTest {
    @TempDir static Path dir;
    static Normscope store;
    static final LocalDate AT = LocalDate.of(2026, 11, 30);

    @BeforeAll
    static void open() {
        store = Normscope.open(TestStores.sqlite(dir), Clock.systemUTC(), true).indexIn(dir.resolve("index"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static SearchIndex.Results search(String q) {
        return search(q, Map.of());
    }

    static SearchIndex.Results search(String q, Map<String, String> filters) {
        return store.search().search(new SearchIndex.Request(q, filters, AT, 1, 10), store.world().now());
    }

    static List<String> ids(SearchIndex.Results r) {
        return r.hits().stream().map(h -> h.id().toString()).toList();
    }

    static String first(String q) {
        List<String> ids = ids(search(q));
        return ids.isEmpty() ? "(nothing)" : ids.getFirst();
    }

    @Test
    void exactNamesAcronymsAndIdentifiers_comeFirst() {
        assertEquals("org/SCO", first("SCO"));
        assertEquals("org/SCO", first("sco"));
        assertEquals("org/SCO", first("ШОС"));
        assertEquals("instrument/international-code-of-conduct-for-information-security", first("A/66/359"));
        assertEquals("instrument/convention-on-cybercrime", first("ETS 185"));
    }

    @Test
    void typos_areTolerated() {
        assertEquals("org/SCO", first("Shanghia Cooperation"));
        assertEquals("org/SCO", first("Shanghai Cooperaton Organisation"));
        // a source's title shares the typo "Shangai": that literal match may come first, but the
        // organisation must still be found, within a typo, among the first results
        List<String> shangai = ids(search("Shangai Cooperation"));
        assertTrue(shangai.indexOf("org/SCO") >= 0 && shangai.indexOf("org/SCO") < 3, shangai.toString());
    }

    @Test
    void budapest_findsTheConventionOnCybercrime() {
        assertEquals("instrument/convention-on-cybercrime", first("Budapest"));
    }

    @Test
    void russian_findsTheScoAgreementOf2009_andTheCodeOfConduct_throughTheirRussianTitles() {
        List<String> ids = ids(search("информационной безопасности"));
        assertTrue(ids.contains("instrument/sco-information-security-agreement-2009"), ids.toString());
        assertTrue(ids.contains("instrument/international-code-of-conduct-for-information-security"), ids.toString());
        // a declined form finds it too: the Russian analyser stems
        assertTrue(ids(search("информационная безопасность")).contains("instrument/sco-information-security-agreement-2009"));
    }

    @Test
    void chinese_findsTheChineseExpressionOfTheCodeOfConduct() {
        SearchIndex.Results r = search("信息安全");
        SearchIndex.Hit code = r.hits().stream().filter(h -> h.id().toString().equals("instrument/international-code-of-conduct-for-information-security"))
                .findFirst().orElse(null);
        assertNotNull(code, ids(r).toString());
        assertTrue(code.snippet().contains("<mark>"), code.snippet());
    }

    @Test
    void aQuotedPhrase_matchesThePhraseOnly() {
        List<String> phrase = ids(search("\"code of conduct\""));
        assertTrue(phrase.contains("instrument/international-code-of-conduct-for-information-security"));
        SearchIndex.Results scattered = search("\"conduct of code\"");
        assertTrue(!ids(scattered).contains("instrument/international-code-of-conduct-for-information-security"), ids(scattered).toString());
        assertTrue(search("conduct code").total() > 0, "without quotes, the words in any order");
    }

    @Test
    void aFacet_narrowsWithoutLosingTheRanking() {
        SearchIndex.Results all = search("information security");
        SearchIndex.Results instruments = search("information security", Map.of("kind", "instrument"));
        assertTrue(instruments.total() < all.total());
        List<String> order = ids(all).stream().filter(id -> id.startsWith("instrument/")).toList();
        assertEquals(order, ids(instruments).subList(0, order.size()), "the instruments keep their relative order");
        assertTrue(all.facets().get("kind").containsKey("instrument"));
    }

    @Test
    void statusFacet_combinesWithTheDate() {
        SearchIndex.Request in2003 = new SearchIndex.Request("Convention on Cybercrime", Map.of("status", "in-force"), LocalDate.of(2003, 1, 1), 1, 10);
        SearchIndex.Request in2005 = new SearchIndex.Request("Convention on Cybercrime", Map.of("status", "in-force"), LocalDate.of(2005, 1, 1), 1, 10);
        assertTrue(!ids(store.search().search(in2003, store.world().now())).contains("instrument/convention-on-cybercrime"), "not in force before 2004-07-01");
        assertTrue(ids(store.search().search(in2005, store.world().now())).contains("instrument/convention-on-cybercrime"));
    }

    @Test
    void badQueries_giveAMessageOrASensibleResult_neverAnError() {
        assertNotNull(search("\"unbalanced").message());
        SearchIndex.Results star = search("*");
        assertEquals(0, star.total());
        assertNotNull(star.message());
        SearchIndex.Results huge = search("cyber ".repeat(2000));
        assertNotNull(huge.message());
        assertEquals(0, search("").total());
        assertEquals(0, search("   ").total());
        assertTrue(search("+-&&||!(){}[]^~:\\/").total() >= 0);
    }

    @Test
    void nothingFound_offersCloseMatches() {
        SearchIndex.Results r = search("Shanghai Cooperaton Qwertyuiop");
        assertEquals(0, r.total());
        assertTrue(r.suggestions().contains("cooperation"), "a misspelt word gets its correct spelling: " + r.suggestions());
    }

    @Test
    void prefixes_complete() {
        List<String> names = store.search().complete("Shang", 5).stream().map(SearchIndex.Hit::name).toList();
        assertTrue(names.contains("Shanghai Cooperation Organisation"), names.toString());
    }

    @Test
    void theIndex_answersRightAfterAnImport_andKnowsWhichTransactionItReflects() throws Exception {
        Path bundle = dir.resolve("extra");
        java.nio.file.Files.createDirectories(bundle.resolve("source"));
        java.nio.file.Files.writeString(bundle.resolve("source/zz-test-marker.yaml"),
                "id: source/zz-test-marker\ntype: dataset\ntitle: Quixotic marker for the search test\n");
        store.search();
        var result = store.importBundle(Bundle.read(List.of(bundle)), "test", "a new source");
        assertEquals(List.of("source/zz-test-marker"), ids(search("quixotic")));
        assertEquals(result.transaction(), store.search().indexedThrough());
    }
}
