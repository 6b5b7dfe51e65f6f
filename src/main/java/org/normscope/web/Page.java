package org.normscope.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.PartialDate;
import org.normscope.model.SourceRef;
import org.normscope.world.Snapshot;

/**
 * What every page knows: its title and path, the valid date and record time it shows, the
 * snapshot it reads, and the numbered sources it cites. Links made here carry the same
 * {@code at} and {@code known}, so that following a link keeps the reader in the same moment.
 */
public final class Page {
    /** One numbered source in the page's list. */
    public record Citation(int number, String href, String title, @Nullable String locator) {
    }

    private final String title;
    private final String path;
    private final LocalDate at;
    private final @Nullable Instant known;
    private final boolean atGiven;
    private final Snapshot snapshot;
    private final String query;
    private final Map<String, Citation> citations = new LinkedHashMap<>();

    Page(String title, String path, LocalDate at, boolean atGiven, @Nullable Instant known, Snapshot snapshot, String query) {
        this.title = title;
        this.path = path;
        this.at = at;
        this.atGiven = atGiven;
        this.known = known;
        this.snapshot = snapshot;
        this.query = query;
    }

    Page titled(String newTitle) {
        return new Page(newTitle, path, at, atGiven, known, snapshot, query);
    }

    public String title() {
        return title;
    }

    public String path() {
        return path;
    }

    public LocalDate at() {
        return at;
    }

    public String query() {
        return query;
    }

    /** The record time as a day for the date control, or empty for "now". */
    public String knownDay() {
        return known == null ? "" : LocalDate.ofInstant(known, ZoneOffset.UTC).toString();
    }

    public String knownText() {
        return known == null ? "now" : "on " + knownDay();
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** A link to {@code target} that keeps this page's {@code at} and {@code known}. */
    public String link(String target) {
        List<String> params = new ArrayList<>();
        if (atGiven) {
            params.add("at=" + at);
        }
        if (known != null) {
            params.add("known=" + enc(known.toString()));
        }
        if (params.isEmpty()) {
            return target;
        }
        return target + (target.contains("?") ? "&" : "?") + String.join("&", params);
    }

    /** A link to this page on another date. */
    public String on(LocalDate day) {
        return path + "?at=" + day + (known == null ? "" : "&known=" + enc(known.toString()));
    }

    public String href(Id id) {
        return link("/" + id.kind().prefix() + "/" + id.key());
    }

    public String name(Id id) {
        return snapshot.name(id);
    }

    public String date(@Nullable PartialDate d) {
        return d == null ? "" : d.toString();
    }

    /** Numbers for these sources in the page's list, assigned in order of first citation. */
    public List<Citation> cite(List<SourceRef> refs) {
        List<Citation> out = new ArrayList<>();
        for (SourceRef r : refs) {
            String key = r.source() + "|" + (r.locator() == null ? "" : r.locator());
            Citation c = citations.computeIfAbsent(key, k -> new Citation(citations.size() + 1,
                    "/source/" + r.source().key(), sourceTitle(r.source()), r.locator()));
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private String sourceTitle(Id source) {
        Entity e = snapshot.entity(source).orElse(null);
        return e == null ? source.toString() : e.displayName();
    }

    public List<Citation> citations() {
        return List.copyOf(citations.values());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
