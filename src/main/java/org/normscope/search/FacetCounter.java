package org.normscope.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts facet values over every match from doc values, without reading a stored field. An
 * instrument may match through its own document and through its expressions' documents: it is
 * counted once, from its own document when that matched, else from the first of its expressions.
 */
final class FacetCounter extends SimpleCollector {
    static final List<String> FACETS = List.of(Documents.KIND, Documents.ORG, Documents.YEAR, Documents.LANGUAGE, Documents.NATURE);

    final Map<String, Map<String, Integer>> counts = new HashMap<>();
    /** Instruments matched through their own document. */
    final Set<String> primaryInstruments = new HashSet<>();
    /** Instruments matched through an expression, with the facet values of that expression's document. */
    final Map<String, Map<String, List<String>>> viaExpression = new HashMap<>();
    int primaries;

    /** False: only what the total needs (matches, and which instruments matched which way); no facet values. */
    private final boolean withFacets;
    private SortedSetDocValues[] facets;
    private long instrumentOrd;
    private SortedDocValues ids;
    private NumericDocValues primary;
    private int[][] perLeaf;

    FacetCounter(boolean withFacets) {
        this.withFacets = withFacets;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        facets = new SortedSetDocValues[withFacets ? FACETS.size() : 1];
        perLeaf = new int[FACETS.size()][];
        for (int i = 0; i < facets.length; i++) {
            facets[i] = DocValues.getSortedSet(context.reader(), FACETS.get(i));
            perLeaf[i] = withFacets ? new int[(int) Math.min(Integer.MAX_VALUE, facets[i].getValueCount())] : null;
        }
        ids = DocValues.getSorted(context.reader(), Documents.ID_DV);
        instrumentOrd = facets[0].lookupTerm(new org.apache.lucene.util.BytesRef("instrument"));
        primary = DocValues.getNumeric(context.reader(), Documents.PRIMARY);
    }

    @Override
    public void collect(int doc) throws IOException {
        boolean isPrimary = primary.advanceExact(doc) && primary.longValue() == 1;
        if (isPrimary) {
            primaries++;
            SortedSetDocValues kind = facets[0];
            if (instrumentOrd >= 0 && kind.advanceExact(doc) && kind.nextOrd() == instrumentOrd) {
                primaryInstruments.add(id(doc));
            }
            if (!withFacets) {
                return;
            }
            for (int i = 0; i < facets.length; i++) {
                SortedSetDocValues dv = facets[i];
                if (dv.advanceExact(doc)) {
                    for (int k = 0; k < dv.docValueCount(); k++) {
                        perLeaf[i][(int) dv.nextOrd()]++;
                    }
                }
            }
        } else if (!viaExpression.containsKey(id(doc))) {
            String id = id(doc);
            Map<String, List<String>> values = new HashMap<>();
            for (int i = 0; withFacets && i < facets.length; i++) {
                SortedSetDocValues dv = facets[i];
                if (dv.advanceExact(doc)) {
                    List<String> vs = new java.util.ArrayList<>();
                    for (int k = 0; k < dv.docValueCount(); k++) {
                        vs.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
                    }
                    values.put(FACETS.get(i), vs);
                }
            }
            viaExpression.put(id, values);
        }
    }

    private String id(int doc) throws IOException {
        return ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
    }

    /** Turns the last leaf's ordinal counts into value counts. */
    void flush() throws IOException {
        if (perLeaf == null || !withFacets) {
            perLeaf = null;
            return;
        }
        for (int i = 0; i < facets.length; i++) {
            int[] c = perLeaf[i];
            for (int ord = 0; ord < c.length; ord++) {
                if (c[ord] > 0) {
                    counts.computeIfAbsent(FACETS.get(i), k -> new HashMap<>())
                            .merge(facets[i].lookupOrd(ord).utf8ToString(), c[ord], Integer::sum);
                }
            }
        }
        perLeaf = null;
    }

    /** Adds the instruments found only through an expression; returns how many distinct entities matched. */
    int distinctMatches() throws IOException {
        flush();
        int total = primaries;
        for (Map.Entry<String, Map<String, List<String>>> e : viaExpression.entrySet()) {
            if (primaryInstruments.contains(e.getKey())) {
                continue;
            }
            total++;
            e.getValue().forEach((facet, values) -> values.forEach(v -> counts.computeIfAbsent(facet, k -> new HashMap<>()).merge(v, 1, Integer::sum)));
        }
        return total;
    }

    /** Every instrument that matched, either way. */
    Set<String> instruments() {
        Set<String> all = new HashSet<>(primaryInstruments);
        viaExpression.keySet().stream().filter(id -> id.startsWith("instrument/")).forEach(all::add);
        return all;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    static CollectorManager<FacetCounter, FacetCounter> manager(boolean withFacets) {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter(withFacets);
            }

            @Override
            public FacetCounter reduce(Collection<FacetCounter> collectors) throws IOException {
                FacetCounter all = new FacetCounter(withFacets);
                for (FacetCounter c : collectors) {
                    c.flush();
                    c.counts.forEach((f, m) -> m.forEach((v, n) -> all.counts.computeIfAbsent(f, k -> new HashMap<>()).merge(v, n, Integer::sum)));
                    all.primaryInstruments.addAll(c.primaryInstruments);
                    c.viaExpression.forEach(all.viaExpression::putIfAbsent);
                    all.primaries += c.primaries;
                }
                return all;
            }
        };
    }
}
