package org.normscope.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.normscope.model.PartialDate;
import org.normscope.model.SourceRef;
import org.normscope.model.Statement;
import org.normscope.model.Words;
import org.normscope.world.Rows;

/**
 * The rows of every answer as plain maps, in the field order DESIGN.md promises: the command
 * line's {@code --format json} and the web's {@code /api/…} print the same rows from here.
 */
public final class JsonRows {
    private JsonRows() {
    }

    public static List<Map<String, Object>> sources(Collection<SourceRef> refs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SourceRef r : refs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.source().toString());
            if (r.locator() != null) {
                m.put("locator", r.locator());
            }
            out.add(m);
        }
        return out;
    }

    static @Nullable String text(@Nullable PartialDate d) {
        return d == null ? null : d.toString();
    }

    public static Map<String, Object> member(Rows.Member m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", m.id().toString());
        row.put("name", m.name());
        row.put("role", Words.word(m.role()));
        row.put("from", text(m.from()));
        row.put("to", text(m.to()));
        row.put("certain", m.certain());
        row.put("sources", sources(m.sources()));
        return row;
    }

    public static Map<String, Object> party(Rows.Party p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", p.id().toString());
        row.put("name", p.name());
        row.put("status", Words.word(p.status()));
        row.put("certain", p.certain());
        List<Map<String, Object>> actions = new ArrayList<>();
        for (Statement.ParticipationAction a : p.actions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", Words.word(a.type()));
            m.put("date", text(a.date()));
            m.put("effective", text(a.effective()));
            if (a.expression() != null) {
                m.put("expression", a.expression());
            }
            actions.add(m);
        }
        row.put("actions", actions);
        row.put("sources", sources(p.sources()));
        return row;
    }

    public static Map<String, Object> event(Rows.Event e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id().toString());
        row.put("name", e.name());
        row.put("date", text(e.date()));
        row.put("change", e.change());
        row.put("detail", e.detail());
        row.put("statement", e.statement());
        row.put("state", e.state());
        row.put("recorded", e.recorded().toString());
        row.put("replaced", e.replaced() == null ? null : e.replaced().toString());
        row.put("sources", sources(e.sources()));
        return row;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** An entity in the fields of its bundle file (without its statements). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> entity(org.normscope.model.Entity e) {
        try {
            return JSON.readValue(org.normscope.bundle.RecordJson.encode(e), LinkedHashMap.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Any answer document as JSON text. */
    public static String write(Object document) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A matrix row: {@code cells} maps each instrument to the actor's status (absent: no relation). */
    public static Map<String, Object> matrixRow(Rows.MatrixRow r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id().toString());
        row.put("name", r.name());
        Map<String, Object> cells = new LinkedHashMap<>();
        List<String> uncertain = new ArrayList<>();
        List<SourceRef> sources = new ArrayList<>();
        r.cells().forEach((i, p) -> {
            cells.put(i.toString(), Words.word(p.status()));
            if (!p.certain()) {
                uncertain.add(i.toString());
            }
            p.sources().stream().filter(x -> !sources.contains(x)).forEach(sources::add);
        });
        row.put("cells", cells);
        row.put("uncertain", uncertain);
        row.put("sources", sources(sources));
        return row;
    }

    public static Map<String, Object> change(Rows.Change c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.subject().toString());
        row.put("name", c.subjectName());
        row.put("change", c.change());
        row.put("date", text(c.date()));
        row.put("subject", c.subject().toString());
        row.put("object", c.object().toString());
        boolean membership = List.of("joined", "left", "role-changed").contains(c.change());
        row.put(membership ? "from_role" : "from_status", c.from());
        row.put(membership ? "to_role" : "to_status", c.to());
        row.put("sources", sources(c.sources()));
        return row;
    }

    public static Map<String, Object> whatIf(Rows.WhatIf w) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", w.id().toString());
        row.put("name", w.name());
        row.put("automatic", w.automatic());
        row.put("members_party", w.membersParty());
        row.put("members_total", w.membersTotal());
        row.put("status", w.status() == null ? null : Words.word(w.status()));
        row.put("sources", sources(w.sources()));
        return row;
    }

    public static Map<String, Object> overlap(Rows.Overlap r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id().toString());
        row.put("name", r.name());
        row.put("in", r.in());
        row.put("sources", sources(r.sources()));
        return row;
    }

    public static Map<String, Object> comparison(Rows.Comparison c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.about().toString());
        row.put("name", c.aboutName());
        row.put("feature", c.feature());
        Map<String, Object> values = new LinkedHashMap<>();
        c.values().forEach((k, v) -> values.put(k.toString(), v));
        row.put("values", values);
        row.put("same", c.same());
        row.put("sources", List.of());
        return row;
    }
}
