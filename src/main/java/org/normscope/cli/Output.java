package org.normscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.normscope.model.SourceRef;

/**
 * An answer as rows of named fields, printed as an aligned table, one JSON object with a
 * {@code rows} array, or CSV. The JSON rows are what DESIGN.md promises to scripts.
 */
final class Output {
    enum Format { TABLE, JSON, CSV }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> header = new LinkedHashMap<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final List<String> tableColumns;

    Output(String command, List<String> tableColumns) {
        header.put("command", command);
        this.tableColumns = tableColumns;
    }

    private final java.util.Set<String> hidden = new java.util.HashSet<>();
    private @Nullable String footer;

    Output put(String key, @Nullable Object value) {
        header.put(key, value == null ? null : value.toString());
        return this;
    }

    /** A structured header value, shown in JSON only. */
    Output putObject(String key, Object value) {
        header.put(key, value);
        hidden.add(key);
        return this;
    }

    /** Row fields that only the table and CSV show (JSON has them in structured form). */
    void hideInJson(java.util.Collection<String> fields) {
        hiddenRowFields.addAll(fields);
    }

    private final java.util.Set<String> hiddenRowFields = new java.util.HashSet<>();

    private final Map<String, String> titles = new java.util.HashMap<>();

    /** A column heading for the table other than the field's name. */
    void title(String column, String title) {
        titles.put(column, title);
    }

    /** A line printed under the table. */
    void footer(String text) {
        this.footer = text;
    }

    void add(Map<String, Object> row) {
        rows.add(row);
    }

    Map<String, Object> row() {
        Map<String, Object> r = new LinkedHashMap<>();
        rows.add(r);
        return r;
    }

    static List<Map<String, Object>> sources(Collection<SourceRef> refs) {
        return org.normscope.app.JsonRows.sources(refs);
    }

    void print(Format format, PrintWriter out) {
        switch (format) {
            case JSON -> {
                Map<String, Object> doc = new LinkedHashMap<>(header);
                List<Map<String, Object>> visible = new ArrayList<>();
                for (Map<String, Object> r : rows) {
                    Map<String, Object> v = new LinkedHashMap<>(r);
                    v.keySet().removeAll(hiddenRowFields);
                    visible.add(v);
                }
                doc.put("rows", visible);
                try {
                    out.println(JSON.writeValueAsString(doc));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            case CSV -> {
                List<String> cols = tableColumns;
                out.print(String.join(",", cols) + "\r\n");
                for (Map<String, Object> r : rows) {
                    out.print(cols.stream().map(c -> org.normscope.app.Exports.csvCell(text(r.get(c)))).collect(Collectors.joining(",")) + "\r\n");
                }
            }
            case TABLE -> table(out);
        }
        out.flush();
    }

    private void table(PrintWriter out) {
        StringBuilder head = new StringBuilder();
        header.forEach((k, v) -> {
            if (!k.equals("command") && v != null && !hidden.contains(k)) {
                head.append(head.isEmpty() ? "" : "  ").append(k).append(": ").append(v);
            }
        });
        if (!head.isEmpty()) {
            out.println("# " + head);
        }
        if (rows.isEmpty()) {
            out.println("(none)");
            if (footer != null) {
                out.println(footer);
            }
            return;
        }
        int[] width = new int[tableColumns.size()];
        List<String[]> cells = new ArrayList<>();
        cells.add(tableColumns.stream().map(c -> titles.getOrDefault(c, c.toUpperCase(java.util.Locale.ROOT))).toArray(String[]::new));
        for (Map<String, Object> r : rows) {
            cells.add(tableColumns.stream().map(c -> cell(c, r.get(c))).toArray(String[]::new));
        }
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                width[i] = Math.max(width[i], line[i].codePointCount(0, line[i].length()));
            }
        }
        for (String[] line : cells) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                b.append(line[i]);
                if (i < line.length - 1) {
                    b.append(" ".repeat(width[i] - line[i].codePointCount(0, line[i].length()) + 2));
                }
            }
            out.println(b.toString().stripTrailing());
        }
        out.println("(" + rows.size() + " row" + (rows.size() == 1 ? "" : "s") + ")");
        if (footer != null) {
            out.println(footer);
        }
    }

    private static String cell(String column, @Nullable Object v) {
        if (column.equals("certain") && v instanceof Boolean b) {
            return b ? "" : "possibly";
        }
        if (column.equals("name") && v instanceof String n && n.codePointCount(0, n.length()) > 48) {
            return n.substring(0, n.offsetByCodePoints(0, 47)) + "…";
        }
        if (column.equals("sources") && v instanceof List<?> l && l.size() > 1) {
            // a table stays readable: the first source, and how many more (--format json lists them all)
            return text(l.subList(0, 1)) + " +" + (l.size() - 1);
        }
        return text(v);
    }

    @SuppressWarnings("unchecked")
    private static String text(@Nullable Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> l) {
            return l.stream().map(o -> o instanceof Map<?, ?> m ? mapText((Map<String, Object>) m) : String.valueOf(o))
                    .collect(Collectors.joining("; "));
        }
        return v.toString();
    }

    private static String mapText(Map<String, Object> m) {
        if (m.containsKey("id") && m.size() <= 2) {
            return m.get("id") + (m.containsKey("locator") ? " (" + m.get("locator") + ")" : "");
        }
        return m.values().stream().filter(java.util.Objects::nonNull).map(Object::toString).collect(Collectors.joining(" "));
    }
}
