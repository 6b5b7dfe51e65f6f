package org.normscope.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * From what a reader types to a Lucene query, without a query syntax to get wrong. Quoted text
 * is a phrase that must match; the rest are terms. The ranking puts an exact name, acronym or
 * identifier first (boost 100), then names containing every term (10), then texts containing
 * every term in their language (3), then names matching a term with a typo or as a prefix (1).
 */
final class Queries {
    static final int MAX_LENGTH = 500;
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");

    /**
     * {@code query} null when there is nothing to search for; {@code message} says why or what was
     * adjusted. {@code tolerant} also forgives typos and completes the last word: it is asked only
     * when the strict query finds less than a page, so that a query with many matches never pays for
     * fuzzy matching.
     */
    record Parsed(@Nullable Query query, java.util.function.Supplier<@Nullable Query> tolerant, List<String> terms, @Nullable String message) {
    }

    private Queries() {
    }

    static Parsed parse(String raw, Analyzer analyzer) {
        String q = raw == null ? "" : raw.strip();
        String message = null;
        if (q.length() > MAX_LENGTH) {
            q = q.substring(0, MAX_LENGTH);
            message = "The query was shortened to its first " + MAX_LENGTH + " characters.";
        }
        long quotes = q.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 1) {
            q = q.replace("\"", " ");
            message = "An unbalanced quotation mark was ignored.";
        }
        List<String> phrases = new ArrayList<>();
        Matcher m = PHRASE.matcher(q);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (!m.group(1).isBlank()) {
                phrases.add(m.group(1).strip());
            }
            rest.append(q, last, m.start()).append(' ');
            last = m.end();
        }
        rest.append(q.substring(last));
        String free = rest.toString().replaceAll("[*?]+", " ").strip();
        List<String> terms = tokens(analyzer, Analyzers.NAMES, free);
        List<String> phraseTerms = new ArrayList<>();
        phrases.forEach(p -> phraseTerms.addAll(tokens(analyzer, Analyzers.NAMES, p)));
        if (terms.isEmpty() && phraseTerms.isEmpty()) {
            return new Parsed(null, () -> null, List.of(), q.isBlank() ? null : "Type at least one letter or digit: “" + raw.strip() + "” has none to search for.");
        }
        QueryBuilder qb = new QueryBuilder(analyzer);
        String whole = Documents.exact(q.replace("\"", ""));
        List<String> all = new ArrayList<>(terms);
        all.addAll(phraseTerms);
        return new Parsed(build(qb, whole, phrases, free, terms, false), () -> build(qb, whole, phrases, free, terms, true), all, message);
    }

    private static Query build(QueryBuilder qb, String whole, List<String> phrases, String free, List<String> terms, boolean tolerant) {
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        if (!whole.isEmpty()) {
            main.add(new BoostQuery(new TermQuery(new Term(Analyzers.EXACT, whole)), 100f), Occur.SHOULD);
        }
        for (String p : phrases) {
            List<Query> alternatives = new ArrayList<>();
            SearchIndex.searchedFields().forEach((field, weight) -> add(alternatives, qb.createPhraseQuery(field, p), weight));
            if (!alternatives.isEmpty()) {
                main.add(new DisjunctionMaxQuery(alternatives, 0.1f), Occur.MUST);
            }
        }
        if (!terms.isEmpty()) {
            List<Query> alternatives = new ArrayList<>();
            SearchIndex.searchedFields().forEach((field, weight) -> add(alternatives, qb.createBooleanQuery(field, free, Occur.MUST), weight));
            if (tolerant) {
                // every term, each allowed a typo, the last one also as a prefix (the reader may still be typing)
                BooleanQuery.Builder forgiving = new BooleanQuery.Builder();
                for (int i = 0; i < terms.size(); i++) {
                    String t = terms.get(i);
                    BooleanQuery.Builder one = new BooleanQuery.Builder();
                    one.add(new TermQuery(new Term(Analyzers.NAMES, t)), Occur.SHOULD);
                    if (t.length() >= 4) {
                        one.add(new FuzzyQuery(new Term(Analyzers.NAMES, t), t.length() >= 7 ? 2 : 1, 1), Occur.SHOULD);
                    }
                    if (i == terms.size() - 1 && t.length() >= 3) {
                        one.add(new PrefixQuery(new Term(Analyzers.NAMES, t)), Occur.SHOULD);
                    }
                    forgiving.add(one.build(), Occur.MUST);
                }
                alternatives.add(forgiving.build());
            }
            // the fields as a plain disjunction (a document's score sums the fields it matches in):
            // unlike a max over the fields, it lets Lucene skip documents that cannot reach the top
            if (phrases.isEmpty()) {
                // no phrase: the fields sit beside the exact-name clause in one flat disjunction
                alternatives.forEach(a -> main.add(a, Occur.SHOULD));
                main.setMinimumNumberShouldMatch(1);
            } else {
                BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                alternatives.forEach(a -> anyField.add(a, Occur.SHOULD));
                main.add(anyField.build(), Occur.SHOULD);
            }
        }
        return main.build();
    }

    private static void add(List<Query> out, @Nullable Query q, float boost) {
        if (q != null) {
            out.add(new BoostQuery(q, boost));
        }
    }

    /** The query narrowed by facet filters; {@code statusIds}, when given, are the instruments with the wanted status. */
    static Query filtered(Query q, Map<String, String> filters, @Nullable List<org.apache.lucene.util.BytesRef> statusIds) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
        filters.forEach((facet, value) -> {
            if (!facet.equals("status")) {
                b.add(new TermQuery(new Term("f_" + facet, value)), Occur.FILTER);
            }
        });
        if (statusIds != null) {
            b.add(new org.apache.lucene.search.TermInSetQuery(Documents.ID, statusIds), Occur.FILTER);
        }
        return b.build();
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < 64) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
