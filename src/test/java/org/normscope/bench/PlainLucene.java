package org.normscope.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.normscope.search.SearchIndex;

/**
 * The plain-Lucene side of the search benchmarks: what a Lucene user would write for Normscope's
 * multilingual index. Lucene's classic {@link MultiFieldQueryParser} over the same fields, with the
 * same weights and per-language analysers, the top ten documents, their stored fields read (any
 * results page has to read what it shows).
 */
final class PlainLucene implements AutoCloseable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final MultiFieldQueryParser parser;

    /** Opens its own reader on the index folder Normscope's {@link SearchIndex} wrote. */
    PlainLucene(Path index) throws IOException {
        reader = DirectoryReader.open(FSDirectory.open(index));
        searcher = new IndexSearcher(reader);
        Map<String, Float> fields = SearchIndex.searchedFields();
        parser = new MultiFieldQueryParser(fields.keySet().toArray(String[]::new), SearchIndex.analyzer(), fields);
    }

    List<Document> search(String q) throws IOException {
        try {
            TopDocs top = searcher.search(parser.parse(QueryParser.escape(q)), 10);
            List<Document> docs = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                docs.add(searcher.storedFields().document(sd.doc));
            }
            return docs;
        } catch (ParseException e) {
            throw new IllegalStateException("an escaped query did not parse: " + q, e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
