package org.normscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normscope.TestStores;
import org.normscope.app.Normscope;

/** The analysis pages, their permalinks, downloads and API, through the real server. */
class AnalysisPagesTest extends ServerFixture {




    static String text(String path) throws Exception {
        return get(path).body();
    }

    static final String MATRIX = "rows=members:SCO&cols=wcit-12-final-acts,A/66/359,sco-information-security-agreement-2009&at=2014-09-12";

    @Test
    void matrix_page_csv_xlsx_andApi_agree() throws Exception {
        String page = text("/matrix?" + MATRIX);
        assertTrue(page.contains("Kazakhstan") && page.contains("signatory"), page);
        String csv = text("/matrix.csv?" + MATRIX);
        List<String> lines = csv.lines().toList();
        assertEquals("id,name,instrument/wcit-12-final-acts,instrument/international-code-of-conduct-for-information-security,"
                + "instrument/sco-information-security-agreement-2009", lines.getFirst());
        assertTrue(lines.contains("state/TJK,Tajikistan,,sponsor,signatory"), csv);
        byte[] xlsx = getBytes("/matrix.xlsx?" + MATRIX).body();
        List<String> parts = new ArrayList<>();
        String sheet = "";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.add(e.getName());
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(parts.containsAll(List.of("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")), parts.toString());
        assertTrue(sheet.contains(">Tajikistan<") && sheet.contains(">sponsor<"), sheet);
        JsonNode api = new ObjectMapper().readTree(text("/api/matrix?" + MATRIX));
        assertEquals(6, api.get("rows").size());
        assertEquals(4, api.get("totals").get("instrument/international-code-of-conduct-for-information-security").get("sponsor").asInt());
    }

    @Test
    void matrix_groupedByAColumn_showsAHeadingPerStatus() throws Exception {
        String page = text("/matrix?rows=members:NATO&cols=convention-on-cybercrime&group=convention-on-cybercrime&at=2003-01-01");
        assertTrue(page.contains("signatory — Convention on Cybercrime"), page);
        assertTrue(page.indexOf("signatory — Convention") < page.indexOf("no relation — Convention"), "the committed first");
    }

    @Test
    void matrix_columnAsAMap_coloursTheRows() throws Exception {
        String page = text("/matrix?" + MATRIX + "&map=instrument/sco-information-security-agreement-2009");
        assertTrue(page.contains("<title>Kazakhstan: signatory</title>"), "the column as a map");
    }

    @Test
    void diff_pageAndAtomFeed_showIndiaAndPakistanBecomingMembers() throws Exception {
        String page = text("/diff?from=2014-09-12&to=2017-06-10&org=SCO");
        assertTrue(page.contains("role changed") && page.contains(">India<"), page);
        String atom = text("/diff.atom?from=2014-09-12&to=2017-06-10&org=SCO");
        assertTrue(atom.startsWith("<?xml") && atom.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), atom);
        assertTrue(atom.contains("India role changed — Shanghai Cooperation Organisation (observer → member)"), atom);
        JsonNode api = new ObjectMapper().readTree(text("/api/diff?from=2014-09-12&to=2017-06-10&org=SCO"));
        assertTrue(api.get("rows").size() >= 2);
    }

    @Test
    void whatif_overlap_andCompare_answer() throws Exception {
        String whatif = text("/whatif?state=India&joins=SCO&at=2014-09-12");
        assertTrue(whatif.contains("no: it would have to sign or accede"), whatif);
        JsonNode overlap = new ObjectMapper().readTree(text("/api/overlap?first=SCO&second=CSTO&at=2020-01-01"));
        List<String> both = new ArrayList<>();
        overlap.get("rows").forEach(r -> {
            if (r.get("in").asText().equals("both")) {
                both.add(r.get("id").asText());
            }
        });
        assertEquals(List.of("state/KAZ", "state/KGZ", "state/RUS", "state/TJK"), both);
        assertTrue(text("/overlap?first=SCO&second=CSTO&at=2020-01-01").contains("4 in both"));
        String compare = text("/compare?ids=India,China&at=2016-01-01");
        assertTrue(compare.contains("class=\"differs\""), compare);
    }

    @Test
    void badInput_givesA400PageThatSaysWhy() throws Exception {
        var r = get("/matrix?rows=members:Nowhere");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("no organisation matches"));
        assertEquals(400, get("/diff?from=2020-01-01&to=2010-01-01").statusCode());
        assertEquals(400, get("/diff?from=someday").statusCode());
        var api = get("/api/matrix?rows=members:Nowhere&cols=kind:instrument");
        assertEquals(400, api.statusCode());
        assertTrue(new ObjectMapper().readTree(api.body()).get("error").asText().contains("no organisation matches"), api.body());
        assertEquals(400, get("/api/org/SCO?at=soon").statusCode());
    }
}
