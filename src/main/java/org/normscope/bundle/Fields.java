package org.normscope.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.ModelException;
import org.normscope.model.PartialDate;
import org.normscope.model.SourceRef;
import org.normscope.model.Words;

/**
 * Reads the fields of one YAML/JSON object, collecting every problem with the node it concerns
 * instead of stopping at the first. A field that fails to read yields null (or empty), and the
 * caller drops the record.
 */
final class Fields {
    /** A problem and the node it is about. */
    record Failure(JsonNode node, String message) {
    }

    private final ObjectNode node;
    private final List<Failure> failures;
    private final int before;

    Fields(ObjectNode node, List<Failure> failures) {
        this.node = node;
        this.failures = failures;
        this.before = failures.size();
    }

    List<Failure> failuresList() {
        return failures;
    }

    ObjectNode node() {
        return node;
    }

    boolean failed() {
        return failures.size() > before;
    }

    void fail(@Nullable JsonNode at, String message) {
        failures.add(new Failure(at == null ? node : at, message));
    }

    /** Rejects fields the schema does not know: a typo must not silently drop a fact. */
    void allowOnly(Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                fail(node.get(f), "unknown field '" + f + "' (expected one of " + String.join(", ", known) + ")");
            }
        }
    }

    private @Nullable JsonNode raw(String f) {
        JsonNode v = node.get(f);
        return v == null || v.isNull() ? null : v;
    }

    @Nullable String optText(String f) {
        JsonNode v = raw(f);
        if (v == null) {
            return null;
        }
        if (!v.isValueNode()) {
            fail(v, f + " must be text");
            return null;
        }
        return v.asText();
    }

    String text(String f) {
        String v = optText(f);
        if (v == null || v.isBlank()) {
            fail(node.get(f), "missing " + f);
            return "";
        }
        return v;
    }

    <T> @Nullable T opt(String f, Function<String, T> parse) {
        String v = optText(f);
        if (v == null) {
            return null;
        }
        try {
            return parse.apply(v);
        } catch (ModelException e) {
            String m = e.getMessage();
            fail(node.get(f), m.startsWith(f + " ") ? m : f + ": " + m);
            return null;
        }
    }

    <T> @Nullable T required(String f, Function<String, T> parse) {
        if (raw(f) == null) {
            fail(node, "missing " + f);
            return null;
        }
        return opt(f, parse);
    }

    @Nullable PartialDate date(String f) {
        return opt(f, Interner::date);
    }

    @Nullable Id id(String f, Kind... kinds) {
        Id id = opt(f, Interner::id);
        if (id != null && kinds.length > 0 && !List.of(kinds).contains(id.kind())) {
            fail(node.get(f), f + " " + id + " is not a " + String.join(" or ", List.of(kinds).stream().map(Kind::prefix).toList()));
            return null;
        }
        return id;
    }

    <E extends Enum<E>> @Nullable E word(String f, Class<E> vocabulary) {
        return opt(f, s -> Words.parse(vocabulary, f, s));
    }

    boolean bool(String f) {
        String v = optText(f);
        if (v == null) {
            return false;
        }
        if (!v.equals("true") && !v.equals("false")) {
            fail(node.get(f), f + " must be true or false, not '" + v + "'");
        }
        return v.equals("true");
    }

    Map<String, String> stringMap(String f) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode v = raw(f);
        if (v == null) {
            return out;
        }
        if (!v.isObject()) {
            fail(v, f + " must be a map");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                fail(e.getValue(), f + "." + e.getKey() + " must be text");
            } else {
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        return out;
    }

    List<String> strings(String f) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : list(f)) {
            if (!item.isValueNode() || item.isNull()) {
                fail(item, f + " must list text");
            } else {
                out.add(item.asText());
            }
        }
        return out;
    }

    List<JsonNode> list(String f) {
        JsonNode v = raw(f);
        List<JsonNode> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            fail(v, f + " must be a list");
            return out;
        }
        v.forEach(out::add);
        return out;
    }

    List<ObjectNode> objects(String f) {
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode item : list(f)) {
            if (item instanceof ObjectNode o) {
                out.add(o);
            } else {
                fail(item, f + " must list maps");
            }
        }
        return out;
    }

    List<SourceRef> sources() {
        List<SourceRef> out = new ArrayList<>();
        for (ObjectNode o : objects("sources")) {
            Fields s = new Fields(o, failures);
            s.allowOnly(Set.of("source", "locator"));
            Id id = s.required("source", Interner::id);
            String locator = s.optText("locator");
            if (id != null && id.kind() != Kind.SOURCE) {
                s.fail(o.get("source"), id + " is not a source");
            } else if (id != null) {
                out.add(Interner.ref(new SourceRef(id, locator)));
            }
        }
        return out;
    }
}
