package org.normscope.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.normscope.app.Normscope;
import org.normscope.web.WebServer;

/**
 * The HTTP load run of issue 7: a real Normscope server over the bundled dataset (in a fresh
 * SQLite file), and a closed-loop load generator in the same JVM: {@code --connections} clients,
 * each sending its next request as soon as its last answer is read, over kept-alive HTTP/1.1
 * connections. For each path a warm-up, then a measured window: throughput and the latency
 * percentiles of every request. The same server's static stylesheet is measured beside the pages
 * as the ceiling of what this server and this load generator reach on this machine. The load
 * generator shares the machine's cores with the server, so every figure is a floor for the server.
 *
 * <pre>HttpLoad [--connections 64] [--warmup 5] [--seconds 10] [--format table|json] [path…]</pre>
 */
public final class HttpLoad {
    record Result(String path, long requests, double seconds, double p50ms, double p99ms, long errors, long bytes) {
        double throughput() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int connections = 64;
        double warmup = 5;
        double seconds = 10;
        String format = "table";
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--format" -> format = args[++i];
                default -> paths.add(args[i]);
            }
        }
        if (paths.isEmpty()) {
            paths = List.of("/static/normscope.css", "/org/SCO?at=2017-06-10", "/api/org/SCO?at=2017-06-10");
        }
        Path dir = Files.createTempDirectory("normscope-http-load");
        try (Normscope store = Normscope.open("jdbc:sqlite:" + dir.resolve("normscope.db"), Clock.systemUTC(), true)) {
            WebServer server = WebServer.start(store, "127.0.0.1", 0);
            try {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()).build();
                String base = "http://127.0.0.1:" + server.port();
                List<Result> results = new ArrayList<>();
                for (String path : paths) {
                    URI uri = URI.create(base + path);
                    HttpResponse<byte[]> first = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (first.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + first.statusCode());
                    }
                    System.err.printf(Locale.ROOT, "%s: %,d bytes; warming up %.0f s…%n", path, first.body().length, warmup);
                    run(client, uri, connections, warmup);
                    Result r = run(client, uri, connections, seconds);
                    results.add(r);
                    System.err.printf(Locale.ROOT, "%-32s %,9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%,d requests, %d errors)%n",
                            path, r.throughput(), r.p50ms(), r.p99ms(), r.requests(), r.errors());
                }
                print(results, connections, format);
            } finally {
                server.stop();
            }
        } finally {
            StarterData.deleteTree(dir);
        }
        System.exit(0);
    }

    private static Result run(HttpClient client, URI uri, int connections, double seconds) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<long[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        int[] counts = new int[connections];
        CountDownLatch done = new CountDownLatch(connections);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            long[] samples = new long[1 << 16];
            perClient.add(samples);
            int me = c;
            Thread.ofVirtual().start(() -> {
                long[] mine = samples;
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                            bytes.addAndGet(r.body().length);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                            perClient.set(me, mine);
                        }
                        mine[n++] = System.nanoTime() - t;
                    }
                } finally {
                    counts[me] = n;
                    done.countDown();
                }
            });
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(perClient.get(c), 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        return new Result(uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery()), total, elapsed,
                CompareMain.percentile(all, 0.50) / 1e6, CompareMain.percentile(all, 0.99) / 1e6, errors.get(), bytes.get());
    }

    private static void print(List<Result> results, int connections, String format) {
        if (format.equals("json")) {
            StringBuilder b = new StringBuilder("{\"connections\":").append(connections).append(",\"results\":[");
            for (int i = 0; i < results.size(); i++) {
                Result r = results.get(i);
                b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                        "{\"path\":\"%s\",\"requests_per_s\":%.1f,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"requests\":%d,\"errors\":%d}",
                        r.path(), r.throughput(), r.p50ms(), r.p99ms(), r.requests(), r.errors()));
            }
            System.out.println(b.append("]}"));
            return;
        }
        System.out.printf(Locale.ROOT, "HTTP, %d connections, closed loop, load generator in the server's JVM%n%n", connections);
        System.out.printf(Locale.ROOT, "%-32s %10s %9s %9s %10s %7s %10s%n", "path", "req/s", "p50 ms", "p99 ms", "requests", "errors", "KB/answer");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-32s %,10.0f %9.2f %9.2f %,10d %7d %10.1f%n", r.path(), r.throughput(), r.p50ms(), r.p99ms(),
                    r.requests(), r.errors(), r.requests() == 0 ? 0 : r.bytes() / 1024.0 / r.requests());
        }
    }
}
