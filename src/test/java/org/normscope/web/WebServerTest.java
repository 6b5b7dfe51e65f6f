package org.normscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normscope.TestStores;
import org.normscope.app.Normscope;

/** The pages and the API through the real server on a random port, over the bundled dataset. */
class WebServerTest extends ServerFixture {




    @Test
    void home_listsTheOrganisations_andRecentDevelopments() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Shanghai Cooperation Organisation"), r.body());
        assertTrue(r.body().contains("href=\"/org/SCO\""), r.body());
        assertTrue(r.body().contains("Recent developments"));
        assertTrue(r.body().contains("Latest changes to the record"));
    }

    @Test
    void organisation_showsMembersByRoleOnTheDate_andKeepsTheDateInItsLinks() throws Exception {
        String before = get("/org/SCO?at=2014-09-12").body();
        assertTrue(before.contains("member (6)"), before);
        assertTrue(before.indexOf(">India<") > before.indexOf("observer ("), "India is listed among the observers in 2014");
        assertTrue(before.contains("href=\"/state/IND?at=2014-09-12\""), "links keep the date");
        assertTrue(before.contains("As of <strong>2014-09-12</strong>"));
        String after = get("/org/SCO?at=2017-06-10").body();
        assertTrue(after.contains("member (8)"), after);
    }

    @Test
    void everyPage_saysWhenItIs_andCitesNumberedSources() throws Exception {
        String page = get("/state/IND?at=2016-01-01&known=2099-01-01").body();
        assertTrue(page.contains("As of <strong>2016-01-01</strong>, as known <strong>on 2099-01-01</strong>"), page);
        assertTrue(page.contains("id=\"src-1\""), page);
        assertTrue(page.contains("href=\"#src-1\""), page);
    }

    @Test
    void instrument_showsItsParticipantTable_andTwoVersionsSideBySide() throws Exception {
        String page = get("/instrument/international-code-of-conduct-for-information-security").body();
        assertTrue(page.contains("Participants"));
        assertTrue(page.contains("sponsor (en-2011) 2011-09-12"), page);
        assertTrue(page.contains("side by side"), page);
        assertTrue(page.contains("class=\"changed\""), page);
    }

    @Test
    void mapDownload_isAnSvgWithAShapePerState() throws Exception {
        HttpResponse<String> r = get("/org/SCO/map.svg?at=2017-06-10");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("image/svg+xml"));
        assertTrue(r.body().contains("<title>India: member</title>"), "India is coloured as a member in 2017");
        assertTrue(r.body().contains("<title>Mongolia: observer</title>"));
    }

    @Test
    void api_givesTheSameRowsAsTheCommandLine() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(get("/api/org/SCO?at=2014-09-12").body());
        List<String> ids = new ArrayList<>();
        doc.get("rows").forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(List.of("state/CHN", "state/KAZ", "state/KGZ", "state/RUS", "state/TJK", "state/UZB"), ids.stream().sorted().toList());
        JsonNode row = doc.get("rows").get(0);
        for (String f : List.of("id", "name", "sources", "role", "from", "to", "certain")) {
            assertTrue(row.has(f), f);
        }
        JsonNode parties = new ObjectMapper().readTree(get("/api/instrument/international-code-of-conduct-for-information-security?expression=en-2011").body());
        assertEquals(4, parties.get("rows").size());
    }

    @Test
    void badDate_is400_andSaysWhatAValidDateLooksLike() throws Exception {
        HttpResponse<String> r = get("/org/SCO?at=yesterday");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("YYYY-MM-DD"), r.body());
        assertFalse(r.body().contains("Exception"));
        assertEquals(400, get("/org/SCO?known=last-week").statusCode());
    }

    @Test
    void unknownEntity_is404_withCloseMatches() throws Exception {
        HttpResponse<String> r = get("/org/SCOO");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("href=\"/org/SCO\""), r.body());
        assertEquals(404, get("/no/such/page").statusCode());
    }

    @Test
    void aReferenceThatIsNotAKey_redirectsToTheEntity() throws Exception {
        HttpResponse<String> r = get("/org/%D0%A8%D0%9E%D0%A1");
        assertEquals(302, r.statusCode());
        assertEquals("/org/SCO", r.headers().firstValue("location").orElse(""));
    }

    @Test
    void search_ranksExactNamesFirst_marksMatches_andOffersFacets() throws Exception {
        String page = get("/search?q=shanghai").body();
        assertTrue(page.contains("href=\"/org/SCO\""), page);
        assertTrue(page.contains("<mark>"), "matches are highlighted");
        assertTrue(page.contains("Narrow"), "facets are offered");
        String narrowed = get("/search?q=information+security&kind=instrument").body();
        assertTrue(narrowed.contains("remove the filter instrument"), narrowed);
        JsonNode api = new ObjectMapper().readTree(get("/api/search?q=%D0%A8%D0%9E%D0%A1").body());
        assertEquals("org/SCO", api.get("rows").get(0).get("id").asText());
        JsonNode complete = new ObjectMapper().readTree(get("/api/complete?q=Shang").body());
        assertTrue(complete.get("rows").size() > 0);
        assertEquals(200, get("/search?q=%22unbalanced").statusCode());
        assertEquals(200, get("/search?q=*").statusCode());
    }

    /** A browser that accepts gzip gets the kept compressed page: the same bytes once inflated. */
    @Test
    void aPageIsServedGzipped_toClientsThatAcceptIt_andIsTheSamePage() throws Exception {
        String plain = get("/org/SCO?at=2017-06-10").body();
        HttpResponse<byte[]> zipped = HTTP.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + server.port() + "/org/SCO?at=2017-06-10"))
                .header("Accept-Encoding", "gzip, deflate, br").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertEquals(plain, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(zipped.body().length < plain.length() / 3, "compressed: " + zipped.body().length + " of " + plain.length());
    }
}
