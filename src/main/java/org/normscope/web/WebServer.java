package org.normscope.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.normscope.app.Normscope;
import org.normscope.model.Entity;
import org.normscope.model.Kind;
import org.normscope.model.Role;
import org.normscope.model.Words;
import org.normscope.world.Resolution;
import org.normscope.world.Rows;
import org.normscope.world.Snapshot;

/** A plain server: the organisations, and each one's members by role on {@code ?at=}. */
public final class WebServer {
    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(Normscope store, String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> home(ctx, store));
            config.routes.get("/org/{key}", ctx -> org(ctx, store));
            config.routes.exception(BadRequest.class, (e, ctx) -> ctx.status(400).html(page("Bad request", "<p>" + esc(e.getMessage()) + "</p>")));
            config.routes.exception(Exception.class, (e, ctx) -> ctx.status(500).html(page("Error", "<p>Something went wrong on our side.</p>")));
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

    private static LocalDate at(Context ctx, Normscope store) {
        String at = ctx.queryParam("at");
        if (at == null || at.isBlank()) {
            return store.world().today();
        }
        try {
            return LocalDate.parse(at);
        } catch (DateTimeParseException e) {
            throw new BadRequest("'" + at + "' is not a date: write a day as YYYY-MM-DD, for example ?at=2014-09-12");
        }
    }

    private static void home(Context ctx, Normscope store) {
        Snapshot s = store.world().now();
        LocalDate at = at(ctx, store);
        StringBuilder b = new StringBuilder("<p>As of " + at + ", as known now.</p><table><thead><tr><th scope=col>Organisation</th>"
                + "<th scope=col>Members</th></tr></thead><tbody>");
        for (Entity e : s.entities(Kind.ORG)) {
            b.append("<tr><td><a href=\"/org/").append(esc(e.id().key())).append("?at=").append(at).append("\">")
                    .append(esc(e.displayName())).append("</a></td><td>")
                    .append(s.members(e.id(), at, Role.MEMBER).size()).append("</td></tr>");
        }
        ctx.html(page("Normscope — organisations", b.append("</tbody></table>").toString()));
    }

    private static void org(Context ctx, Normscope store) {
        Snapshot s = store.world().now();
        LocalDate at = at(ctx, store);
        Resolution r = s.resolve("org/" + ctx.pathParam("key"), Set.of(Kind.ORG));
        if (!(r instanceof Resolution.Found f)) {
            ctx.status(404).html(page("Not found", "<p>No organisation " + esc(ctx.pathParam("key")) + ".</p><p><a href=\"/\">All organisations</a></p>"));
            return;
        }
        StringBuilder b = new StringBuilder("<p>As of " + at + ", as known now. <a href=\"/\">All organisations</a></p>");
        for (Role role : Role.values()) {
            var rows = s.members(f.id(), at, role);
            if (rows.isEmpty()) {
                continue;
            }
            b.append("<h2>").append(esc(Words.word(role))).append(" (").append(rows.size()).append(")</h2><ul>");
            for (Rows.Member m : rows) {
                b.append("<li>").append(esc(m.name())).append(" — since ").append(m.from() == null ? "?" : m.from())
                        .append(m.certain() ? "" : " (possibly)").append("</li>");
            }
            b.append("</ul>");
        }
        ctx.html(page(s.name(f.id()), b.toString()));
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=en><head><meta charset=utf-8><meta name=viewport content=\"width=device-width\">"
                + "<title>" + esc(title) + "</title></head><body><h1>" + esc(title) + "</h1>" + body + "</body></html>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
