package org.normscope.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * A short passage of a hit's stored text around the first place it matches, with the matches
 * marked: HTML, escaped. Matching is on folded text and word starts, so a stemmed or declined
 * form ("безопасности" for "безопасность") is still found and marked.
 */
final class Snippets {
    private static final int WIDTH = 160;
    private static final int SCAN = 4_000;

    private Snippets() {
    }

    /**
     * The part of a text kept for snippets: its first {@value #SCAN} characters. The whole text is
     * indexed; only this much is stored, so that reading a hit of a long treaty text does not
     * decompress the whole treaty.
     */
    static String scanned(String text) {
        return text.length() > SCAN ? text.substring(0, SCAN) : text;
    }

    static String of(Document d, List<String> terms) {
        String best = null;
        int bestAt = -1;
        for (IndexableField f : d.getFields()) {
            if (!(f.name().endsWith("_stored") || f.name().equals(Documents.BODY)) || f.stringValue() == null) {
                continue;
            }
            String text = f.stringValue();
            // a snippet comes from the start of a long text: looking further costs more than it shows
            int at = firstMatch(fold(text.length() > SCAN ? text.substring(0, SCAN) : text), terms);
            if (at >= 0 && (best == null || f.name().startsWith("text_") && !best.equals(text))) {
                best = text;
                bestAt = at;
                if (f.name().startsWith("text_")) {
                    break;
                }
            }
        }
        if (best == null) {
            String names = d.get(Analyzers.NAMES + "_stored");
            return esc(cut(names == null ? d.get(Documents.NAME) : names, 0));
        }
        int start = Math.max(0, bestAt - WIDTH / 3);
        String passage = cut(best, start);
        return mark(passage, terms);
    }

    private static String cut(String text, int start) {
        int end = Math.min(text.length(), start + WIDTH);
        return (start > 0 ? "…" : "") + text.substring(start, end).replace('\n', ' ') + (end < text.length() ? "…" : "");
    }

    /** Latin letters (to U+024F) folded to their lower-case base letter, computed once. */
    private static final char[] LATIN = new char[0x250];

    static {
        for (char c = 0; c < LATIN.length; c++) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char first = base.isEmpty() ? c : base.charAt(0);
            LATIN[c] = Character.toLowerCase(first);
        }
    }

    /**
     * Lower case without diacritics, one character for one, so that a place in the folded text is
     * the same place in the text: Latin letters lose their accents; other scripts are lower-cased.
     */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = c < LATIN.length ? LATIN[c] : Character.toLowerCase(c);
        }
        return new String(out);
    }

    /** Where a term (or its first five letters, for inflected forms) first appears in folded text. */
    private static int firstMatch(String folded, List<String> terms) {
        int best = -1;
        for (String t : terms) {
            String stem = t.length() > 5 ? t.substring(0, 5) : t;
            for (int i = folded.indexOf(stem); i >= 0; i = folded.indexOf(stem, i + 1)) {
                if (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1))) {
                    if (best < 0 || i < best) {
                        best = i;
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static String mark(String passage, List<String> terms) {
        String folded = fold(passage);
        boolean[] hit = new boolean[passage.length()];
        for (String t : terms) {
            String stem = t.length() > 5 ? t.substring(0, 5) : t;
            if (stem.isEmpty()) {
                continue;
            }
            for (int i = folded.indexOf(stem); i >= 0; i = folded.indexOf(stem, i + 1)) {
                if (i > 0 && Character.isLetterOrDigit(passage.charAt(i - 1))) {
                    continue;   // only whole words and word starts
                }
                int end = i;
                while (end < passage.length() && Character.isLetterOrDigit(passage.charAt(end))) {
                    end++;
                }
                for (int k = i; k < Math.max(end, i + stem.length()) && k < hit.length; k++) {
                    hit[k] = true;
                }
            }
        }
        StringBuilder b = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < passage.length(); i++) {
            if (hit[i] && !open) {
                b.append("<mark>");
                open = true;
            } else if (!hit[i] && open) {
                b.append("</mark>");
                open = false;
            }
            char c = passage.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        if (open) {
            b.append("</mark>");
        }
        return b.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
