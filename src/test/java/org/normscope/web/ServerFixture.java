package org.normscope.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.normscope.TestStores;
import org.normscope.app.Normscope;

/** A real server on a random port over the bundled dataset in a real SQLite file, for the HTTP tests. */
abstract class ServerFixture {
    @TempDir static Path dir;
    static Normscope store;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startServer() {
        store = Normscope.open(TestStores.sqlite(dir), Clock.systemUTC(), true);
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
