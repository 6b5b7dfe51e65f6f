package org.normscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normscope.TestStores;
import org.normscope.app.Normscope;

/**
 * Every kind of page, checked as a validator and an accessibility audit would: well-formed
 * HTML without parse errors, unique ids, one h1, headings that never skip a level, a label on
 * every control, a title on every image and map shape, and legend text that contrasts enough.
 */
class PageChecksTest extends ServerFixture {

    static final List<String> PAGES = List.of("/", "/?at=2014-09-12", "/org/SCO?at=2014-09-12", "/org/UN", "/state/IND",
            "/state/CHN?at=2014-09-12", "/instrument/international-code-of-conduct-for-information-security",
            "/instrument/wcit-12-final-acts", "/instrument/sco-information-security-agreement-2009", "/event/sco-summit-2014-dushanbe",
            "/event/wcit-12", "/article/sco-enlargement-and-information-security", "/source/wikipedia-sco", "/search?q=shanghai",
            "/search?q=zzzz", "/org/NOPE", "/org/SCO?at=bad",
            "/matrix?rows=members:SCO&cols=wcit-12-final-acts,A/66/359&at=2014-09-12&map=instrument/wcit-12-final-acts",
            "/matrix?rows=members:Nowhere", "/diff?from=2014-09-12&to=2017-06-10&org=SCO", "/whatif?state=India&joins=SCO&at=2014-09-12",
            "/overlap?first=SCO&second=CSTO&at=2020-01-01", "/compare?ids=India,Pakistan,China&at=2016-01-01");



    static Document fetch(String path, List<String> problems) throws Exception {
        HttpResponse<String> r = get(path);
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(r.body(), "", parser);
        ParseErrorList errors = parser.getErrors();
        errors.forEach(e -> problems.add(path + ": HTML parse error: " + e));
        return doc;
    }

    @Test
    void everyPage_isWellFormed_andAccessible() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String path : PAGES) {
            Document doc = fetch(path, problems);
            check(path, doc, problems);
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    static void check(String path, Document doc, List<String> problems) {
        if (!doc.select("html").attr("lang").equals("en")) {
            problems.add(path + ": the html element names no language");
        }
        if (doc.title().isBlank()) {
            problems.add(path + ": no title");
        }
        if (doc.select("h1").size() != 1) {
            problems.add(path + ": " + doc.select("h1").size() + " h1 elements");
        }
        int last = 0;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            if (level > last + 1) {
                problems.add(path + ": heading '" + h.text() + "' jumps from h" + last + " to h" + level);
            }
            last = level;
        }
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            if (!ids.add(e.id())) {
                problems.add(path + ": duplicate id " + e.id());
            }
        }
        for (Element input : doc.select("input:not([type=hidden]), select, textarea")) {
            boolean labelled = !input.attr("aria-label").isBlank()
                    || (!input.id().isBlank() && !doc.select("label[for=" + input.id() + "]").isEmpty());
            if (!labelled) {
                problems.add(path + ": control without a label: " + input.outerHtml());
            }
        }
        for (Element img : doc.select("img")) {
            if (!img.hasAttr("alt")) {
                problems.add(path + ": image without alt: " + img.outerHtml());
            }
        }
        for (Element svg : doc.select("svg")) {
            if (!svg.attr("role").equals("img") || svg.selectFirst("title") == null) {
                problems.add(path + ": svg without role=img and a title");
            }
            for (Element shape : svg.select("path, rect[fill-opacity]")) {
                if (shape.selectFirst("title") == null) {
                    problems.add(path + ": map or timeline shape without a title");
                    break;
                }
            }
            // legend: dark text on the map's light background
            Element bg = svg.selectFirst("rect[width=100%]");
            for (Element text : svg.select("text")) {
                double ratio = contrast(text.attr("fill"), bg == null ? "#ffffff" : bg.attr("fill"));
                if (ratio < 4.5) {
                    problems.add(path + ": text '" + text.text() + "' contrasts only " + ratio + " with its background");
                }
            }
        }
        for (Element a : doc.select("a")) {
            if (a.text().isBlank() && a.attr("aria-label").isBlank()) {
                problems.add(path + ": a link without text: " + a.outerHtml());
            }
        }
        for (Element table : doc.select("table")) {
            if (table.select("th").isEmpty()) {
                problems.add(path + ": a table without headers");
            }
        }
    }

    /** WCAG 2 contrast ratio of two #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void legendSwatches_standOutFromCountriesWithNoRole() {
        for (org.normscope.model.Role r : org.normscope.model.Role.values()) {
            assertTrue(contrast(Palette.role(r), MapSvg.NONE_FILL) >= 1.5, r + " is hard to tell from no role");
        }
        for (org.normscope.model.PartyStatus s : org.normscope.model.PartyStatus.values()) {
            assertTrue(contrast(Palette.status(s), MapSvg.NONE_FILL) >= 1.5, s + " is hard to tell from no status");
        }
    }
}
