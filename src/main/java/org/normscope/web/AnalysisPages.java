package org.normscope.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.normscope.app.JsonRows;
import org.normscope.app.Normscope;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.PartyStatus;
import org.normscope.model.Words;
import org.normscope.world.Analysis;
import org.normscope.world.QueryException;
import org.normscope.world.Rows;
import org.normscope.world.Selectors;
import org.normscope.world.Snapshot;

/**
 * The analyst's pages: matrix, compare, diff, whatif and overlap. Each is a form whose answer is
 * a permalink (the form's fields are the query string), with the same rows as JSON under /api,
 * and downloads where they help: CSV and XLSX for the matrix, Atom for what changed.
 */
final class AnalysisPages {
    private final TemplateEngine templates;
    private final Normscope store;

    AnalysisPages(TemplateEngine templates, Normscope store) {
        this.templates = templates;
        this.store = store;
    }

    private static String param(Context ctx, String name, String fallback) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private static LocalDate day(Context ctx, String name, LocalDate fallback) {
        LocalDate d = WebServer.day(ctx, name);
        return d == null ? fallback : d;
    }

    private void render(Context ctx, Page p, Views.Analysis v, int status) {
        StringOutput out = new StringOutput();
        templates.render("analysis.jte", Map.of("page", p, "v", v), out);
        ctx.status(status).html(out.toString());
    }

    private static String query(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.append(b.isEmpty() ? "?" : "&").append(k).append('=').append(Page.enc(v));
            }
        });
        return b.toString();
    }

    // ---- matrix ----

    record MatrixAnswer(List<Id> instruments, List<Rows.MatrixRow> rows, Rows.Matrix matrix) {
    }

    private MatrixAnswer matrix(Snapshot s, String rowsSel, String colsSel, LocalDate at, String sort) {
        List<Id> actors = Selectors.select(s, rowsSel, at);
        List<Id> instruments = Selectors.select(s, colsSel, at);
        for (Id i : instruments) {
            if (i.kind() != Kind.INSTRUMENT) {
                throw new QueryException("the columns select " + i + " (" + s.name(i) + "), which is not an instrument");
            }
        }
        Rows.Matrix m = new Analysis(s).matrix(actors, instruments, at);
        List<Rows.MatrixRow> rows = new ArrayList<>(m.rows());
        switch (sort) {
            case "id" -> rows.sort(Comparator.comparing(Rows.MatrixRow::id));
            case "parties" -> rows.sort(Comparator.comparingInt((Rows.MatrixRow r) -> -r.cells().size()).thenComparing(Rows.MatrixRow::name));
            default -> rows.sort(Comparator.comparing(Rows.MatrixRow::name));
        }
        return new MatrixAnswer(instruments, rows, m);
    }

    void matrixPage(Context ctx) {
        Page p = WebServer.page(ctx, store, "Matrix");
        String rowsSel = param(ctx, "rows", "members:SCO");
        String colsSel = param(ctx, "cols", "adopted-by:SCO");
        String sort = param(ctx, "sort", "name");
        String mapCol = ctx.queryParam("map");
        String group = param(ctx, "group", "");
        List<Views.Field> form = List.of(
                new Views.Field("rows", "Rows (actors)", rowsSel, "References separated by commas, or members:ORG, members:ORG:ROLE, parties:INSTRUMENT, states"),
                new Views.Field("cols", "Columns (instruments)", colsSel, "References separated by commas, or adopted-by:ORG, kind:instrument"),
                new Views.Field("sort", "Order of rows", sort, "name, id or parties (most first)"),
                new Views.Field("group", "Group rows by", group, "An instrument among the columns: rows grouped by their status towards it (optional)"),
                new Views.Field("at", "On", p.at().toString(), "The date of every cell"));
        String intro = "Each cell is the actor's status towards the instrument on " + p.at()
                + ": sponsor, signatory, consented (consent given, not yet in force for it), bound or withdrawn.";
        try {
            MatrixAnswer a = matrix(p.snapshot(), rowsSel, colsSel, p.at(), sort);
            Id groupBy = group.isEmpty() ? null : Selectors.found(p.snapshot(), group, Set.of(Kind.INSTRUMENT), "instrument").id();
            if (groupBy != null && !a.instruments().contains(groupBy)) {
                throw new QueryException("“" + group + "” is not one of the columns");
            }
            List<Rows.MatrixRow> ordered = new ArrayList<>(a.rows());
            List<List<Views.Cell>> rows = new ArrayList<>();
            if (groupBy != null) {
                final Id by = groupBy;
                ordered.sort(Comparator.comparingInt((Rows.MatrixRow r) -> Analysis.groupRank(r, by)));
            }
            List<String> headers = new ArrayList<>(List.of("Actor"));
            a.instruments().forEach(i -> headers.add(p.name(i)));
            String lastGroup = null;
            for (Rows.MatrixRow r : ordered) {
                if (groupBy != null) {
                    Rows.Party gp = r.cells().get(groupBy);
                    String g = gp == null ? "no relation" : Words.word(gp.status());
                    if (!g.equals(lastGroup)) {
                        List<Views.Cell> heading = new ArrayList<>();
                        heading.add(new Views.Cell(g + " — " + p.name(groupBy), null, "group", List.of()));
                        a.instruments().forEach(i -> heading.add(new Views.Cell("", null, "group", List.of())));
                        rows.add(heading);
                        lastGroup = g;
                    }
                }
                List<Views.Cell> row = new ArrayList<>();
                row.add(new Views.Cell(r.name(), p.href(r.id()), null, List.of()));
                for (Id i : a.instruments()) {
                    Rows.Party party = r.cells().get(i);
                    row.add(party == null ? Views.Cell.of("") : new Views.Cell(Words.word(party.status()) + (party.certain() ? "" : " (possibly)"),
                            null, Words.word(party.status()), party.sources()));
                }
                rows.add(row);
            }
            List<String> footer = new ArrayList<>();
            for (Id i : a.instruments()) {
                Map<PartyStatus, Integer> t = a.matrix().totals().get(i);
                List<String> parts = new ArrayList<>();
                t.forEach((st, n) -> parts.add(n + " " + Words.word(st)));
                footer.add(p.name(i) + ": " + (parts.isEmpty() ? "no relation" : String.join(", ", parts)));
            }
            Map<String, String> q = new LinkedHashMap<>();
            q.put("rows", rowsSel);
            q.put("cols", colsSel);
            q.put("sort", sort);
            q.put("group", group);
            q.put("at", p.at().toString());
            List<Views.Link> links = new ArrayList<>(List.of(new Views.Link("Download CSV", "/matrix.csv" + query(q)),
                    new Views.Link("Download XLSX", "/matrix.xlsx" + query(q)), new Views.Link("JSON", "/api/matrix" + query(q))));
            for (Id i : a.instruments()) {
                Map<String, String> withMap = new LinkedHashMap<>(q);
                withMap.put("map", i.toString());
                links.add(new Views.Link("Map of “" + shorten(p.name(i)) + "”", "/matrix" + query(withMap)));
            }
            String figure = null;
            String caption = null;
            if (mapCol != null) {
                Id col = Id.parse(mapCol);
                Map<Id, MapSvg.Category> colours = new LinkedHashMap<>();
                Set<PartyStatus> shown = new java.util.TreeSet<>();
                for (Rows.MatrixRow r : a.rows()) {
                    Rows.Party party = r.cells().get(col);
                    if (party != null && r.id().kind() == Kind.STATE) {
                        colours.put(r.id(), new MapSvg.Category(Words.word(party.status()), Palette.status(party.status())));
                        shown.add(party.status());
                    }
                }
                MapSvg.Drawn map = MapSvg.draw(p.snapshot(), p.name(col) + " on " + p.at() + ": the rows' status", colours, Palette.statusLegend(List.copyOf(shown)));
                figure = map.svg();
                caption = "The column “" + p.name(col) + "” as a map." + (map.notShown().isEmpty() ? "" : " Too small to show: " + String.join(", ", map.notShown()) + ".");
            }
            render(ctx, p, new Views.Analysis(intro, "/matrix", form, null, headers, rows, footer, figure, caption, links), 200);
        } catch (QueryException | IllegalArgumentException e) {
            render(ctx, p, new Views.Analysis(intro, "/matrix", form, e.getMessage(), List.of(), List.of(), List.of(), null, null, List.of()), 400);
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }

    private List<List<String>> matrixTable(Context ctx) {
        Page p = WebServer.page(ctx, store, "");
        MatrixAnswer a = matrix(p.snapshot(), param(ctx, "rows", "members:SCO"), param(ctx, "cols", "adopted-by:SCO"), p.at(), param(ctx, "sort", "name"));
        List<List<String>> table = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("id", "name"));
        a.instruments().forEach(i -> head.add(i.toString()));
        table.add(head);
        for (Rows.MatrixRow r : a.rows()) {
            List<String> row = new ArrayList<>(List.of(r.id().toString(), r.name()));
            for (Id i : a.instruments()) {
                Rows.Party party = r.cells().get(i);
                row.add(party == null ? "" : Words.word(party.status()) + (party.certain() ? "" : "?"));
            }
            table.add(row);
        }
        return table;
    }

    void matrixCsv(Context ctx) {
        StringBuilder b = new StringBuilder();
        for (List<String> row : matrixTable(ctx)) {
            b.append(String.join(",", row.stream().map(org.normscope.app.Exports::csvCell).toList())).append("\r\n");
        }
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"matrix.csv\"").result(b.toString());
    }

    void matrixXlsx(Context ctx) {
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"matrix.xlsx\"").result(Xlsx.sheet("matrix", matrixTable(ctx)));
    }

    void matrixApi(Context ctx) {
        Page p = WebServer.page(ctx, store, "");
        MatrixAnswer a = matrix(p.snapshot(), param(ctx, "rows", "members:SCO"), param(ctx, "cols", "adopted-by:SCO"), p.at(), param(ctx, "sort", "name"));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("at", p.at().toString());
        doc.put("columns", a.instruments().stream().map(Id::toString).toList());
        Map<String, Object> totals = new LinkedHashMap<>();
        a.matrix().totals().forEach((i, t) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            t.forEach((st, n) -> m.put(Words.word(st), n));
            totals.put(i.toString(), m);
        });
        doc.put("totals", totals);
        doc.put("rows", a.rows().stream().map(JsonRows::matrixRow).toList());
        json(ctx, doc);
    }

    private static void json(Context ctx, Object doc) {
        ctx.contentType("application/json").result(JsonRows.write(doc));
    }

    // ---- diff ----

    private List<Rows.Change> diff(Snapshot s, LocalDate from, LocalDate to, @Nullable String org, @Nullable String instrument) {
        if (from.isAfter(to)) {
            throw new QueryException("“from” (" + from + ") is after “to” (" + to + ")");
        }
        Id o = org == null || org.isBlank() ? null : Selectors.found(s, org, Set.of(Kind.ORG), "organisation").id();
        Id i = instrument == null || instrument.isBlank() ? null : Selectors.found(s, instrument, Set.of(Kind.INSTRUMENT), "instrument").id();
        return new Analysis(s).diff(from, to, o, i);
    }

    void diffPage(Context ctx) {
        Page p = WebServer.page(ctx, store, "What changed");
        LocalDate to = day(ctx, "to", p.at());
        LocalDate from = day(ctx, "from", to.minusYears(5));
        String org = param(ctx, "org", "");
        String instrument = param(ctx, "instrument", "");
        List<Views.Field> form = List.of(new Views.Field("from", "From", from.toString(), "The first date"),
                new Views.Field("to", "To", to.toString(), "The second date"),
                new Views.Field("org", "Organisation", org, "Only this organisation (optional)"),
                new Views.Field("instrument", "Instrument", instrument, "Only this instrument (optional)"));
        String intro = "Who joined, left or changed role, and who signed, became bound or withdrew, between two dates.";
        try {
            List<List<Views.Cell>> rows = new ArrayList<>();
            for (Rows.Change c : diff(p.snapshot(), from, to, org, instrument)) {
                rows.add(List.of(Views.Cell.of(c.date() == null ? "" : c.date().toString()), Views.Cell.of(c.change().replace('-', ' ')),
                        new Views.Cell(c.subjectName(), p.href(c.subject()), null, List.of()),
                        new Views.Cell(c.objectName(), p.href(c.object()), null, List.of()),
                        Views.Cell.of(c.from() == null ? "" : c.from()), new Views.Cell(c.to() == null ? "" : c.to(), null, null, c.sources())));
            }
            Map<String, String> q = new LinkedHashMap<>();
            q.put("from", from.toString());
            q.put("to", to.toString());
            q.put("org", org);
            q.put("instrument", instrument);
            List<Views.Link> links = List.of(new Views.Link("Atom feed", "/diff.atom" + query(q)), new Views.Link("JSON", "/api/diff" + query(q)));
            render(ctx, p, new Views.Analysis(intro, "/diff", form, null, List.of("Date", "Change", "Who or what", "In or to", "Before", "After"),
                    rows, List.of(), null, null, links), 200);
        } catch (QueryException e) {
            render(ctx, p, new Views.Analysis(intro, "/diff", form, e.getMessage(), List.of(), List.of(), List.of(), null, null, List.of()), 400);
        }
    }

    void diffApi(Context ctx) {
        Page p = WebServer.page(ctx, store, "");
        LocalDate to = day(ctx, "to", p.at());
        LocalDate from = day(ctx, "from", to.minusYears(5));
        try {
            List<Rows.Change> changes = diff(p.snapshot(), from, to, ctx.queryParam("org"), ctx.queryParam("instrument"));
            json(ctx, Map.of("from", from.toString(), "to", to.toString(), "rows", changes.stream().map(JsonRows::change).toList()));
        } catch (QueryException e) {
            ctx.status(400);
            json(ctx, Map.of("error", e.getMessage()));
        }
    }

    /** What changed, as an Atom feed: one entry per change, newest first. */
    void diffAtom(Context ctx) {
        Page p = WebServer.page(ctx, store, "");
        LocalDate to = day(ctx, "to", p.at());
        LocalDate from = day(ctx, "from", to.minusYears(5));
        List<Rows.Change> changes = new ArrayList<>(diff(p.snapshot(), from, to, ctx.queryParam("org"), ctx.queryParam("instrument")));
        java.util.Collections.reverse(changes);
        String base = ctx.scheme() + "://" + ctx.host();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .append("<title>Normscope: what changed from ").append(from).append(" to ").append(to).append("</title>")
                .append("<id>").append(Html.esc(base + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()))).append("</id>")
                .append("<updated>").append(p.snapshot().known().equals(java.time.Instant.MIN) ? "1970-01-01T00:00:00Z" : p.snapshot().known().toString()).append("</updated>")
                .append("<author><name>Normscope</name></author>");
        int n = 0;
        for (Rows.Change c : changes) {
            String when = c.date() == null ? from.toString() : c.date().earliest().toString();
            String title = c.subjectName() + " " + c.change().replace('-', ' ') + " — " + c.objectName()
                    + (c.to() == null ? "" : " (" + (c.from() == null ? "" : c.from() + " → ") + c.to() + ")");
            b.append("<entry><title>").append(Html.esc(title)).append("</title>")
                    .append("<id>urn:normscope:change:").append(Html.esc(c.subject() + ":" + c.object() + ":" + c.change() + ":" + when)).append("</id>")
                    .append("<link href=\"").append(Html.esc(base + "/" + c.subject().kind().prefix() + "/" + c.subject().key() + "?at=" + to)).append("\"/>")
                    .append("<updated>").append(when).append("T00:00:00Z</updated>")
                    .append("<summary>").append(Html.esc(title + (c.date() == null ? "" : ", " + c.date()))).append("</summary></entry>");
            if (++n >= 200) {
                break;
            }
        }
        b.append("</feed>");
        ctx.contentType("application/atom+xml; charset=utf-8").result(b.toString());
    }

    // ---- what joining means ----

    void whatIfPage(Context ctx) {
        Page p = WebServer.page(ctx, store, "What joining means");
        String state = param(ctx, "state", "India");
        String joins = param(ctx, "joins", "SCO");
        boolean all = "on".equals(ctx.queryParam("all")) || "true".equals(ctx.queryParam("all"));
        List<Views.Field> form = List.of(new Views.Field("state", "State", state, "The state that would join"),
                new Views.Field("joins", "Organisation", joins, "The organisation it would join"),
                new Views.Field("at", "On", p.at().toString(), "The date of joining"));
        String intro = "If the state joined on " + p.at() + ": the instruments most members are party to (or all, with ?all=true), "
                + "the state's own status, and whether membership alone would bind it.";
        try {
            Id st = Selectors.found(p.snapshot(), state, Set.of(Kind.STATE, Kind.ORG), "state").id();
            Id org = Selectors.found(p.snapshot(), joins, Set.of(Kind.ORG), "organisation").id();
            List<List<Views.Cell>> rows = new ArrayList<>();
            for (Rows.WhatIf w : new Analysis(p.snapshot()).whatIf(st, org, p.at(), all ? 0.0 : 0.5)) {
                rows.add(List.of(new Views.Cell(w.name(), p.href(w.id()), null, List.of()),
                        new Views.Cell(w.membersParty() + " of " + w.membersTotal(), null, null, w.sources()),
                        Views.Cell.of(w.status() == null ? "none" : Words.word(w.status())),
                        Views.Cell.of(w.automatic() ? "yes: membership binds" : "no: it would have to sign or accede")));
            }
            render(ctx, p, new Views.Analysis(intro, "/whatif", form, null, List.of("Instrument", "Members party to it", "Its status now", "Automatic"),
                    rows, List.of(), null, null, List.of(new Views.Link("JSON", "/api/whatif" + query(Map.of("state", state, "joins", joins, "at", p.at().toString()))))), 200);
        } catch (QueryException e) {
            render(ctx, p, new Views.Analysis(intro, "/whatif", form, e.getMessage(), List.of(), List.of(), List.of(), null, null, List.of()), 400);
        }
    }

    void whatIfApi(Context ctx) {
        Page p = WebServer.page(ctx, store, "");
        try {
            Id st = Selectors.found(p.snapshot(), param(ctx, "state", ""), Set.of(Kind.STATE, Kind.ORG), "state").id();
            Id org = Selectors.found(p.snapshot(), param(ctx, "joins", ""), Set.of(Kind.ORG), "organisation").id();
            boolean all = "true".equals(ctx.queryParam("all"));
            json(ctx, Map.of("state", st.toString(), "joins", org.toString(), "at", p.at().toString(),
                    "rows", new Analysis(p.snapshot()).whatIf(st, org, p.at(), all ? 0.0 : 0.5).stream().map(JsonRows::whatIf).toList()));
        } catch (QueryException e) {
            ctx.status(400);
            json(ctx, Map.of("error", e.getMessage()));
        }
    }

    // ---- overlap ----

    void overlapPage(Context ctx) {
        Page p = WebServer.page(ctx, store, "Overlap");
        String first = param(ctx, "first", "SCO");
        String second = param(ctx, "second", "CSTO");
        List<Views.Field> form = List.of(new Views.Field("first", "First organisation", first, ""),
                new Views.Field("second", "Second organisation", second, ""),
                new Views.Field("at", "On", p.at().toString(), "Full members on this date"));
        String intro = "States that are full members of both organisations, and of only one.";
        try {
            Id a = Selectors.found(p.snapshot(), first, Set.of(Kind.ORG), "organisation").id();
            Id b = Selectors.found(p.snapshot(), second, Set.of(Kind.ORG), "organisation").id();
            List<Rows.Overlap> result = new Analysis(p.snapshot()).overlap(a, b, p.at());
            List<List<Views.Cell>> rows = new ArrayList<>();
            int[] n = new int[3];
            for (Rows.Overlap r : result) {
                String where = switch (r.in()) {
                    case "both" -> "both";
                    case "first" -> "only " + p.name(a);
                    default -> "only " + p.name(b);
                };
                n[r.in().equals("both") ? 0 : r.in().equals("first") ? 1 : 2]++;
                rows.add(List.of(new Views.Cell(r.name(), p.href(r.id()), null, r.sources()), Views.Cell.of(where)));
            }
            String figure = venn(p.name(a), p.name(b), n[1], n[0], n[2]);
            render(ctx, p, new Views.Analysis(intro, "/overlap", form, null, List.of("State", "Member of"), rows, List.of(), figure,
                    n[0] + " in both, " + n[1] + " only in the first, " + n[2] + " only in the second.",
                    List.of(new Views.Link("JSON", "/api/overlap" + query(Map.of("first", first, "second", second, "at", p.at().toString()))))), 200);
        } catch (QueryException e) {
            render(ctx, p, new Views.Analysis(intro, "/overlap", form, e.getMessage(), List.of(), List.of(), List.of(), null, null, List.of()), 400);
        }
    }

    void overlapApi(Context ctx) {
        Page p = WebServer.page(ctx, store, "");
        try {
            Id a = Selectors.found(p.snapshot(), param(ctx, "first", ""), Set.of(Kind.ORG), "organisation").id();
            Id b = Selectors.found(p.snapshot(), param(ctx, "second", ""), Set.of(Kind.ORG), "organisation").id();
            json(ctx, Map.of("first", a.toString(), "second", b.toString(), "at", p.at().toString(),
                    "rows", new Analysis(p.snapshot()).overlap(a, b, p.at()).stream().map(JsonRows::overlap).toList()));
        } catch (QueryException e) {
            ctx.status(400);
            json(ctx, Map.of("error", e.getMessage()));
        }
    }

    /** Two overlapping circles with the three counts: a small figure of an overlap. */
    static String venn(String a, String b, int onlyA, int both, int onlyB) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 420 220\" role=\"img\" aria-labelledby=\"venn-title\" class=\"venn\">"
                + "<title id=\"venn-title\">" + Html.esc(a + " and " + b + ": " + both + " in both, " + onlyA + " only in the first, " + onlyB + " only in the second")
                + "</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<circle cx=\"160\" cy=\"110\" r=\"90\" fill=\"#1f5f9e\" fill-opacity=\"0.25\" stroke=\"#1f5f9e\"><title>" + Html.esc(a) + "</title></circle>"
                + "<circle cx=\"260\" cy=\"110\" r=\"90\" fill=\"#f0a030\" fill-opacity=\"0.25\" stroke=\"#b06f00\"><title>" + Html.esc(b) + "</title></circle>"
                + text(110, onlyA) + text(210, both) + text(310, onlyB)
                + "<text x=\"100\" y=\"212\" font-size=\"13\" fill=\"#1a1a1a\" font-family=\"sans-serif\" text-anchor=\"middle\">" + Html.esc(shorten(a)) + "</text>"
                + "<text x=\"320\" y=\"212\" font-size=\"13\" fill=\"#1a1a1a\" font-family=\"sans-serif\" text-anchor=\"middle\">" + Html.esc(shorten(b)) + "</text></svg>";
    }

    private static String text(int x, int n) {
        return "<text x=\"" + x + "\" y=\"118\" font-size=\"26\" fill=\"#1a1a1a\" font-family=\"sans-serif\" text-anchor=\"middle\">" + n + "</text>";
    }

    // ---- compare ----

    void comparePage(Context ctx) {
        Page p = WebServer.page(ctx, store, "Compare");
        String ids = param(ctx, "ids", "India, Pakistan, China");
        boolean differences = "true".equals(ctx.queryParam("differences"));
        List<Views.Field> form = List.of(new Views.Field("ids", "States or organisations", ids, "Any number, separated by commas"),
                new Views.Field("at", "On", p.at().toString(), ""));
        String intro = "Side by side on " + p.at() + ": memberships, status towards instruments, events attended. Rows where they differ are marked.";
        try {
            List<Id> list = new ArrayList<>();
            for (String ref : ids.split(",")) {
                if (!ref.isBlank()) {
                    Id id = Selectors.found(p.snapshot(), ref, Set.of(Kind.STATE, Kind.ORG), "state or organisation").id();
                    if (!list.contains(id)) {
                        list.add(id);
                    }
                }
            }
            if (list.size() < 2) {
                throw new QueryException("name at least two states or organisations to compare");
            }
            List<String> headers = new ArrayList<>(List.of("What", "About"));
            list.forEach(i -> headers.add(p.name(i)));
            List<List<Views.Cell>> rows = new ArrayList<>();
            for (Rows.Comparison c : new Analysis(p.snapshot()).compare(list, p.at())) {
                if (differences && c.same()) {
                    continue;
                }
                List<Views.Cell> row = new ArrayList<>();
                row.add(Views.Cell.of(c.feature()));
                row.add(new Views.Cell(c.aboutName(), p.href(c.about()), null, List.of()));
                for (Id i : list) {
                    row.add(new Views.Cell(c.values().get(i), null, c.same() ? null : "differs", List.of()));
                }
                rows.add(row);
            }
            render(ctx, p, new Views.Analysis(intro, "/compare", form, null, headers, rows, List.of(), null, null,
                    List.of(new Views.Link("Only the differences", "/compare" + query(Map.of("ids", ids, "at", p.at().toString(), "differences", "true"))),
                            new Views.Link("JSON", "/api/compare" + query(Map.of("ids", ids, "at", p.at().toString()))))), 200);
        } catch (QueryException e) {
            render(ctx, p, new Views.Analysis(intro, "/compare", form, e.getMessage(), List.of(), List.of(), List.of(), null, null, List.of()), 400);
        }
    }

    void compareApi(Context ctx) {
        Page p = WebServer.page(ctx, store, "");
        try {
            List<Id> list = new ArrayList<>();
            for (String ref : param(ctx, "ids", "").split(",")) {
                if (!ref.isBlank()) {
                    list.add(Selectors.found(p.snapshot(), ref, Set.of(Kind.STATE, Kind.ORG), "state or organisation").id());
                }
            }
            json(ctx, Map.of("at", p.at().toString(), "compared", list.stream().map(Id::toString).toList(),
                    "rows", new Analysis(p.snapshot()).compare(list, p.at()).stream().map(JsonRows::comparison).toList()));
        } catch (QueryException e) {
            ctx.status(400);
            json(ctx, Map.of("error", e.getMessage()));
        }
    }
}
