package org.normscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normscope.TestStores;
import org.normscope.app.Normscope;

/** The plain pages through the real server on a random port, over the bundled dataset. */
class WebServerTest {
    @TempDir static Path dir;
    static Normscope store;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Normscope.open(TestStores.sqlite(dir), Clock.systemUTC(), true);
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void home_listsTheOrganisations() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Shanghai Cooperation Organisation"), r.body());
        assertTrue(r.body().contains("href=\"/org/SCO?at="), r.body());
    }

    @Test
    void organisation_showsMembersByRoleOnTheDate() throws Exception {
        String before = get("/org/SCO?at=2014-09-12").body();
        assertTrue(before.contains("member (6)"), before);
        assertTrue(before.contains("India"), before);
        assertTrue(before.indexOf("India") > before.indexOf("observer ("), "India is listed among the observers in 2014");
        String after = get("/org/SCO?at=2017-06-10").body();
        assertTrue(after.contains("member (8)"), after);
    }

    @Test
    void badDate_is400_andSaysWhatAValidDateLooksLike() throws Exception {
        HttpResponse<String> r = get("/org/SCO?at=yesterday");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("YYYY-MM-DD"), r.body());
        assertFalse(r.body().contains("Exception"));
    }

    @Test
    void unknownOrganisation_is404() throws Exception {
        assertEquals(404, get("/org/NOPE").statusCode());
    }
}
