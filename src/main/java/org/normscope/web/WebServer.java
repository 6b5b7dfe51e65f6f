package org.normscope.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.normscope.app.JsonRows;
import org.normscope.app.Normscope;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.ModelException;
import org.normscope.model.Role;
import org.normscope.model.Words;
import org.normscope.world.Resolution;
import org.normscope.world.Snapshot;

/**
 * The web: server-rendered pages (jte, precompiled) and the same data as JSON under
 * {@code /api}. Every page reads {@code ?at=} (valid date) and {@code ?known=} (record time) and
 * says which it shows; a bad date is a 400 page that shows a good one, an unknown entity a 404
 * page with close matches, and no page ever shows a stack trace.
 */
public final class WebServer {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(Normscope store, String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(staticFiles -> {
                staticFiles.hostedPath = "/static";
                staticFiles.directory = "/static";
                staticFiles.location = Location.CLASSPATH;
                staticFiles.precompressMaxSize = 1 << 20;   // compressed once and kept, not at every request
            });
            config.routes.get("/", ctx -> render(ctx, "home.jte", page(ctx, store, "International cyber governance, dated and sourced"),
                    p -> new Pages(store.world(), p.snapshot(), p.at()).home()));
            for (Kind kind : List.of(Kind.ORG, Kind.STATE, Kind.INSTRUMENT, Kind.EVENT, Kind.ARTICLE, Kind.SOURCE)) {
                config.routes.get("/" + kind.prefix() + "/{key}", ctx -> entityPage(ctx, store, kind));
                config.routes.get("/api/" + kind.prefix() + "/{key}", ctx -> entityApi(ctx, store, kind));
            }
            config.routes.get("/org/{key}/map.svg", ctx -> mapSvg(ctx, store, Kind.ORG));
            config.routes.get("/instrument/{key}/map.svg", ctx -> mapSvg(ctx, store, Kind.INSTRUMENT));
            config.routes.get("/api/", ctx -> ctx.redirect("/api/orgs"));
            config.routes.get("/api/orgs", ctx -> orgsApi(ctx, store));
            AnalysisPages analysis = new AnalysisPages(TEMPLATES, store);
            config.routes.get("/matrix", analysis::matrixPage);
            config.routes.get("/matrix.csv", analysis::matrixCsv);
            config.routes.get("/matrix.xlsx", analysis::matrixXlsx);
            config.routes.get("/api/matrix", analysis::matrixApi);
            config.routes.get("/diff", analysis::diffPage);
            config.routes.get("/diff.atom", analysis::diffAtom);
            config.routes.get("/api/diff", analysis::diffApi);
            config.routes.get("/whatif", analysis::whatIfPage);
            config.routes.get("/api/whatif", analysis::whatIfApi);
            config.routes.get("/overlap", analysis::overlapPage);
            config.routes.get("/api/overlap", analysis::overlapApi);
            config.routes.get("/compare", analysis::comparePage);
            config.routes.get("/api/compare", analysis::compareApi);
            config.routes.get("/search", ctx -> search(ctx, store));
            config.routes.get("/api/search", ctx -> searchApi(ctx, store));
            config.routes.get("/api/complete", ctx -> completeApi(ctx, store));
            config.routes.exception(org.normscope.world.QueryException.class, (e, ctx) -> problem(ctx, store, 400, "Not a valid request", e.getMessage(), List.of()));
            config.routes.exception(ModelException.class, (e, ctx) -> problem(ctx, store, 400, "Not a valid request", e.getMessage(), List.of()));
            config.routes.exception(BadRequest.class, (e, ctx) -> problem(ctx, store, 400, "Not a valid request", e.getMessage(), List.of()));
            config.routes.exception(Exception.class, (e, ctx) -> problem(ctx, store, 500, "Something went wrong",
                    "Something went wrong on our side. The error has been noted; try again, or go back.", List.of()));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    problem(ctx, store, 404, "Not found", "There is no page at " + ctx.path() + ".", List.of());
                }
            });
        }).start(host, port);
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String m) {
            super(m);
        }
    }

    private interface ViewOf<T> {
        T build(Page p);
    }

    // ---- time and pages ----

    /** A day from the query string, null when absent; a malformed one is a 400 that shows a good one. */
    static @Nullable LocalDate day(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest("“" + v + "” is not a date. Write a day as YYYY-MM-DD, for example ?" + name + "=2014-09-12.");
        }
    }

    static Page page(Context ctx, Normscope store, String title) {
        LocalDate given = day(ctx, "at");
        boolean atGiven = given != null;
        LocalDate at = atGiven ? given : store.world().today();
        Instant known = known(ctx.queryParam("known"));
        Snapshot s = store.world().known(known);
        String q = ctx.queryParam("q");
        return new Page(title, ctx.path(), at, atGiven, known, s, q == null ? "" : q);
    }

    private static @Nullable Instant known(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return org.normscope.app.Times.known(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage() + ", for example ?known=2026-11-30.");
        }
    }

    /** Up to 64 MB of rendered pages (see {@link PageCache}). */
    private static final PageCache PAGES = new PageCache(64L << 20);

    private static <T> void render(Context ctx, String template, Page page, ViewOf<T> view) {
        // the address, the day asked about and the snapshot drawn from determine the page
        String key = template + " " + ctx.path() + "?" + ctx.queryString() + " " + page.at() + " " + page.snapshot().serial();
        PageCache.Kept html = PAGES.get(key, () -> {
            T v = view.build(page);
            StringOutput out = new StringOutput();
            TEMPLATES.render(template, Map.of("page", page, "v", v), out);
            return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        });
        ctx.contentType("text/html; charset=utf-8").header("Vary", "Accept-Encoding").disableCompression();
        String accepts = ctx.header("Accept-Encoding");
        if (accepts != null && accepts.contains("gzip")) {
            ctx.header("Content-Encoding", "gzip").result(html.gzip());
        } else {
            ctx.result(html.plain());
        }
    }

    private static @Nullable Entity find(Context ctx, Normscope store, Page page, Kind kind) {
        String key = ctx.pathParam("key");
        Id id;
        try {
            id = Id.of(kind, key);
        } catch (ModelException e) {
            id = null;
        }
        Entity e = id == null ? null : page.snapshot().entity(id).orElse(null);
        if (e == null) {
            Resolution r = page.snapshot().resolve(key, Set.of(kind));
            List<String> suggestions = new ArrayList<>();
            if (r instanceof Resolution.Found f) {
                ctx.redirect(page.href(f.id()));
                return null;
            } else if (r instanceof Resolution.Ambiguous a) {
                a.candidates().forEach(c -> suggestions.add(link(page, c)));
            } else if (r instanceof Resolution.NotFound n) {
                for (String sug : n.suggestions()) {
                    String idText = sug.contains(" ") ? sug.substring(0, sug.indexOf(' ')) : sug;
                    suggestions.add(link(page, Id.parse(idText)));
                }
            }
            problem(ctx, store, 404, "Not found", "No " + kind.prefix() + " is recorded as “" + key + "”.", suggestions);
        }
        return e;
    }

    private static String link(Page page, Id id) {
        return "<a href=\"" + Html.esc(page.href(id)) + "\">" + Html.esc(page.name(id)) + "</a> <code>" + Html.esc(id.toString()) + "</code>";
    }

    private static void entityPage(Context ctx, Normscope store, Kind kind) {
        Page base = page(ctx, store, "");
        Entity e = find(ctx, store, base, kind);
        if (e == null) {
            return;
        }
        Page p = base.titled(e.displayName());
        Pages pages = new Pages(store.world(), p.snapshot(), p.at());
        switch (kind) {
            case ORG -> render(ctx, "org.jte", p, x -> pages.org(e));
            case STATE -> render(ctx, "state.jte", p, x -> pages.state(e));
            case INSTRUMENT -> render(ctx, "instrument.jte", p, x -> pages.instrument(e, ctx.queryParam("expression"), ctx.queryParam("compare")));
            case EVENT -> render(ctx, "event.jte", p, x -> pages.event(e));
            case ARTICLE -> render(ctx, "article.jte", p, x -> pages.article(e, p::href));
            case SOURCE -> render(ctx, "source.jte", p, x -> pages.source(e));
        }
    }

    private static void mapSvg(Context ctx, Normscope store, Kind kind) {
        Page p = page(ctx, store, "");
        Entity e = find(ctx, store, p, kind);
        if (e == null) {
            return;
        }
        Pages pages = new Pages(store.world(), p.snapshot(), p.at());
        String svg = kind == Kind.ORG ? pages.org(e).map() : pages.instrument(e, null, null).map();
        ctx.contentType("image/svg+xml").header("Content-Disposition", "attachment; filename=\"" + e.id().key() + "-" + p.at() + ".svg\"")
                .result("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg);
    }

    private static void problem(Context ctx, Normscope store, int status, String heading, String message, List<String> suggestions) {
        if (ctx.path().startsWith("/api/")) {
            ctx.status(status).contentType("application/json").result(JsonRows.write(Map.of("error", message)));
            return;
        }
        Page p;
        try {
            p = page(ctx, store, heading);
        } catch (BadRequest e) {
            p = new Page(heading, ctx.path(), store.world().today(), false, null, store.world().now(), "");
        }
        Views.Problem v = new Views.Problem(status, heading, message, suggestions);
        StringOutput out = new StringOutput();
        TEMPLATES.render("problem.jte", Map.of("page", p, "v", v), out);
        ctx.status(status).html(out.toString());
    }

    static final List<String> FACETS = List.of("kind", "org", "year", "language", "nature", "status");

    private static Map<String, String> filters(Context ctx) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String f : FACETS) {
            String v = ctx.queryParam(f);
            if (v != null && !v.isBlank()) {
                filters.put(f, v.strip());
            }
        }
        return filters;
    }

    private static int pageParam(Context ctx) {
        try {
            return Math.max(1, Integer.parseInt(ctx.queryParamAsClass("page", String.class).getOrDefault("1")));
        } catch (NumberFormatException e) {
            throw new BadRequest("“page” must be a whole number, for example page=2.");
        }
    }

    private static void search(Context ctx, Normscope store) {
        Page p = page(ctx, store, "Search");
        String q = p.query().strip();
        Map<String, String> filters = filters(ctx);
        int pageNo = pageParam(ctx);
        int size = 20;
        org.normscope.search.SearchIndex.Results r = q.isEmpty()
                ? new org.normscope.search.SearchIndex.Results(q, 0, List.of(), Map.of(), List.of(), null)
                : store.search().search(new org.normscope.search.SearchIndex.Request(q, filters, p.at(), pageNo, size), p.snapshot());
        if (r.total() == 1 && pageNo == 1 && filters.isEmpty()) {
            ctx.redirect(p.href(r.hits().getFirst().id()));
            return;
        }
        List<Views.SearchHit> hits = new ArrayList<>();
        for (var h : r.hits()) {
            String symbol = p.snapshot().entity(h.id()).map(e -> e.labels().identifiers().get("un-symbol")).orElse(null);
            String name = symbol == null || h.name().contains(symbol) ? h.name() : h.name() + " (" + symbol + ")";
            hits.add(new Views.SearchHit(h.id(), name, h.kind(), h.expression(), h.snippet()));
        }
        List<Views.Facet> facets = new ArrayList<>();
        for (String f : FACETS) {
            Map<String, Integer> counts = r.facets().getOrDefault(f, Map.of());
            if (counts.isEmpty()) {
                continue;
            }
            List<Views.FacetValue> values = new ArrayList<>();
            counts.entrySet().stream().limit(12).forEach(e -> {
                boolean active = e.getKey().equals(filters.get(f));
                Map<String, String> next = new LinkedHashMap<>(filters);
                if (active) {
                    next.remove(f);
                } else {
                    next.put(f, e.getKey());
                }
                String label = f.equals("org") ? p.name(Id.parse(e.getKey())) : e.getKey().replace('-', ' ');
                values.add(new Views.FacetValue(e.getKey(), label, e.getValue(), p.link(searchUrl(q, next, 1)), active));
            });
            facets.add(new Views.Facet(f, switch (f) {
                case "org" -> "Organisation";
                case "nature" -> "Legal nature";
                case "status" -> "Status on " + p.at();
                default -> Character.toUpperCase(f.charAt(0)) + f.substring(1);
            }, values));
        }
        List<String> suggestions = new ArrayList<>();
        for (String word : r.suggestions()) {
            suggestions.add("<a href=\"" + Html.esc(p.link(searchUrl(word, filters, 1))) + "\">" + Html.esc(word) + "</a>");
        }
        if (r.total() == 0 && !q.isEmpty() && p.snapshot().resolve(q, Set.of()) instanceof Resolution.NotFound n) {
            for (String sug : n.suggestions()) {
                suggestions.add(link(p, Id.parse(sug.substring(0, sug.indexOf(' ')))));
            }
        }
        int pages = Math.max(1, (r.total() + size - 1) / size);
        String previous = pageNo > 1 ? p.link(searchUrl(q, filters, pageNo - 1)) : null;
        String next = pageNo < pages ? p.link(searchUrl(q, filters, pageNo + 1)) : null;
        Views.Search v = new Views.Search(q, r.total(), hits, facets, suggestions, r.message(), pageNo, pages, previous, next);
        StringOutput out = new StringOutput();
        TEMPLATES.render("search.jte", Map.of("page", p, "v", v), out);
        ctx.html(out.toString());
    }

    private static String searchUrl(String q, Map<String, String> filters, int pageNo) {
        StringBuilder b = new StringBuilder("/search?q=").append(Page.enc(q));
        filters.forEach((k, v) -> b.append('&').append(k).append('=').append(Page.enc(v)));
        if (pageNo > 1) {
            b.append("&page=").append(pageNo);
        }
        return b.toString();
    }

    private static void searchApi(Context ctx, Normscope store) {
        Page p = page(ctx, store, "");
        String q = p.query().strip();
        boolean withFacets = !"false".equals(ctx.queryParam("facets"));
        var r = store.search().search(new org.normscope.search.SearchIndex.Request(q, filters(ctx), p.at(), pageParam(ctx), 20, withFacets),
                p.snapshot());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var h : r.hits()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", h.id().toString());
            row.put("name", h.name());
            row.put("kind", h.kind());
            row.put("expression", h.expression());
            row.put("score", h.score());
            row.put("snippet", h.snippet());
            row.put("sources", p.snapshot().entity(h.id()).map(e -> JsonRows.sources(e.sources())).orElse(List.of()));
            rows.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("query", q);
        doc.put("at", p.at().toString());
        doc.put("total", r.total());
        doc.put("total_exact", r.exactTotal());
        doc.put("message", r.message());
        doc.put("facets", r.facets());
        doc.put("suggestions", r.suggestions());
        doc.put("rows", rows);
        ctx.contentType("application/json").result(JsonRows.write(doc));
    }

    private static void completeApi(Context ctx, Normscope store) {
        String q = ctx.queryParam("q");
        List<Map<String, Object>> rows = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            for (var h : store.search().complete(q, 10)) {
                rows.add(Map.of("id", h.id().toString(), "name", h.name(), "kind", h.kind()));
            }
        }
        ctx.contentType("application/json").result(JsonRows.write(Map.of("rows", rows)));
    }

    // ---- JSON ----

    private static void entityApi(Context ctx, Normscope store, Kind kind) {
        Page p = page(ctx, store, "");
        Entity e = p.snapshot().entity(idOrNull(kind, ctx.pathParam("key"))).orElse(null);
        if (e == null) {
            ctx.status(404).contentType("application/json").result("{\"error\":\"no " + kind.prefix() + " '"
                    + ctx.pathParam("key").replace("\"", "") + "'\"}");
            return;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", e.id().toString());
        doc.put("at", p.at().toString());
        doc.put("known", p.knownText());
        doc.put("entity", JsonRows.entity(e));
        Snapshot s = p.snapshot();
        switch (kind) {
            case ORG -> {
                String role = ctx.queryParam("role");
                Role r;
                try {
                    r = role == null ? Role.MEMBER : role.equals("all") ? null : Words.parse(Role.class, "role", role);
                } catch (ModelException bad) {
                    throw new BadRequest(bad.getMessage() + ", all");
                }
                doc.put("rows", s.members(e.id(), p.at(), r).stream().map(JsonRows::member).toList());
            }
            case INSTRUMENT -> doc.put("rows", s.parties(e.id(), ctx.queryParam("expression"), p.at()).stream().map(JsonRows::party).toList());
            case STATE -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Id i : s.instrumentsOf(e.id())) {
                    var party = s.party(i, e.id(), p.at());
                    if (party != null) {
                        Map<String, Object> row = JsonRows.party(party);
                        row.put("id", i.toString());
                        row.put("name", s.name(i));
                        rows.add(row);
                    }
                }
                doc.put("memberships", store.world().history(e.id(), s.known().equals(store.world().now().known()) ? null : s.known())
                        .stream().filter(x -> x.state().equals("current") && x.change().equals("membership")).map(JsonRows::event).toList());
                doc.put("rows", rows);
            }
            default -> doc.put("rows", List.of());
        }
        ctx.contentType("application/json").result(JsonRows.write(doc));
    }

    private static Id idOrNull(Kind kind, String key) {
        try {
            return Id.of(kind, key);
        } catch (ModelException e) {
            return Id.of(kind, kind == Kind.STATE ? "XXX" : kind == Kind.ORG ? "X" : "x");
        }
    }

    private static void orgsApi(Context ctx, Normscope store) {
        Page p = page(ctx, store, "");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entity e : p.snapshot().entities(Kind.ORG)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", e.id().toString());
            row.put("name", e.displayName());
            row.put("members", p.snapshot().members(e.id(), p.at(), Role.MEMBER).size());
            row.put("sources", JsonRows.sources(e.sources()));
            rows.add(row);
        }
        ctx.contentType("application/json").result(JsonRows.write(Map.of("at", p.at().toString(), "known", p.knownText(), "rows", rows)));
    }
}
