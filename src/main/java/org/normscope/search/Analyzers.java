package org.normscope.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of each field: names are folded (case, diacritics) but not stemmed, so that an
 * acronym or a typo still matches; texts are analysed in their own language (stemming, stop
 * words; Chinese in overlapping bigrams); the exact-name field keeps a whole name as one token.
 */
final class Analyzers {
    /** The languages with their own analysis; text in any other language goes to {@link #TEXT_OTHER}. */
    static final List<String> LANGUAGES = List.of("en", "ru", "zh", "ar", "fr", "es");
    static final String NAMES = "names";
    static final String SOURCE_NAMES = "source_names";
    static final String EXACT = "exact";
    static final String TEXT_OTHER = "text_other";

    private Analyzers() {
    }

    static String textField(String language) {
        return LANGUAGES.contains(language) ? "text_" + language : TEXT_OTHER;
    }

    /** Lower-cased, diacritics folded, split at word boundaries: for names in any script. */
    static final class Folding extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new StandardTokenizer();
            TokenStream s = new LowerCaseFilter(t);
            s = new ASCIIFoldingFilter(s);
            return new TokenStreamComponents(t, s);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /** The whole (already normalised) value as one token, for exact matches of names and identifiers. */
    static final class Whole extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new KeywordTokenizer();
            return new TokenStreamComponents(t, t);
        }
    }

    static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put(NAMES, new Folding());
        fields.put(SOURCE_NAMES, new Folding());
        fields.put(EXACT, new Whole());
        fields.put("text_en", new EnglishAnalyzer());
        fields.put("text_ru", new RussianAnalyzer());
        fields.put("text_zh", new CJKAnalyzer());
        fields.put("text_ar", new ArabicAnalyzer());
        fields.put("text_fr", new FrenchAnalyzer());
        fields.put("text_es", new SpanishAnalyzer());
        fields.put(TEXT_OTHER, new StandardAnalyzer());
        return new PerFieldAnalyzerWrapper(new Folding(), fields);
    }
}
