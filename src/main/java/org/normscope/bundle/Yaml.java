package org.normscope.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads YAML into a JSON tree whose nodes remember their line, and writes a JSON tree as YAML in
 * Normscope's one canonical form (block style, two-space indent, plain scalars where safe, single
 * quotes otherwise, literal blocks for multi-line text). Every scalar is read as text.
 */
final class Yaml {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}][^\\n\\r\\t]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");

    private Yaml() {
    }

    /** A parsed document and the 1-based line of each of its nodes. */
    record Doc(JsonNode root, Map<JsonNode, Integer> lines) {
        int line(JsonNode n) {
            Integer l = lines.get(n);
            return l == null ? 1 : l;
        }
    }

    static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;

        SyntaxError(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    static Doc read(String text) {
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).build();
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            Optional<Node> node = composer.getSingleNode();
            Map<JsonNode, Integer> lines = new IdentityHashMap<>();
            JsonNode root = node.isPresent() ? convert(node.get(), lines) : F.objectNode();
            return new Doc(root, lines);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            throw new SyntaxError(line, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new SyntaxError(1, "not valid YAML: " + e.getMessage());
        }
    }

    private static JsonNode convert(Node node, Map<JsonNode, Integer> lines) {
        JsonNode out;
        switch (node) {
            case MappingNode m -> {
                ObjectNode o = F.objectNode();
                for (NodeTuple t : m.getValue()) {
                    if (!(t.getKeyNode() instanceof ScalarNode k)) {
                        throw new SyntaxError(line(t.getKeyNode()), "a key must be a plain word");
                    }
                    o.set(k.getValue(), convert(t.getValueNode(), lines));
                }
                out = o;
            }
            case SequenceNode s -> {
                ArrayNode a = F.arrayNode();
                for (Node item : s.getValue()) {
                    a.add(convert(item, lines));
                }
                out = a;
            }
            case ScalarNode s -> {
                String v = s.getValue();
                boolean plain = s.isPlain();
                out = plain && (v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null")) ? F.nullNode() : new TextNode(v);
            }
            default -> throw new SyntaxError(line(node), "unsupported YAML node");
        }
        if (!out.isNull()) {
            lines.put(out, line(node));
        }
        return out;
    }

    private static int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    /** Writes {@code root} (an object) in canonical form. */
    static String write(ObjectNode root) {
        StringBuilder b = new StringBuilder();
        writeObject(b, root, 0);
        return b.toString();
    }

    private static void writeObject(StringBuilder b, ObjectNode o, int indent) {
        for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            b.append(" ".repeat(indent)).append(key(e.getKey())).append(':');
            writeValue(b, e.getValue(), indent, indent + 2);
        }
    }

    private static void writeValue(StringBuilder b, JsonNode v, int indent, int childIndent) {
        if (v.isObject()) {
            b.append('\n');
            writeObject(b, (ObjectNode) v, childIndent);
        } else if (v.isArray()) {
            b.append('\n');
            for (JsonNode item : v) {
                b.append(" ".repeat(indent)).append('-');
                if (item.isObject()) {
                    // the first field goes on the dash's line, the rest under it
                    b.append(' ');
                    StringBuilder inner = new StringBuilder();
                    writeObject(inner, (ObjectNode) item, indent + 2);
                    b.append(inner.substring(indent + 2));
                } else {
                    writeValue(b, item, indent + 2, indent + 2);
                }
            }
        } else {
            b.append(' ').append(scalar(v, indent)).append('\n');
        }
    }

    private static String key(String k) {
        return k.matches("[A-Za-z0-9][A-Za-z0-9_-]*") ? k : quote(k);
    }

    private static String scalar(JsonNode v, int indent) {
        if (v.isBoolean() || v.isNumber()) {
            return v.asText();
        }
        String s = v.asText();
        if (s.indexOf('\n') >= 0 && !s.startsWith(" ") && s.chars().noneMatch(c -> c < 0x20 && c != '\n')) {
            String chomp = s.endsWith("\n\n") ? "|+" : s.endsWith("\n") ? "|" : "|-";
            String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
            StringBuilder b = new StringBuilder(chomp);
            for (String line : body.split("\n", -1)) {
                b.append('\n');
                if (!line.isEmpty()) {
                    b.append(" ".repeat(indent + 2)).append(line);
                }
            }
            return b.toString();
        }
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT)) && !s.contains(": ")
                && !s.contains(" #") && !s.endsWith(":") && !s.endsWith(" ")) {
            return s;
        }
        return quote(s);
    }

    private static String quote(String s) {
        if (s.chars().anyMatch(c -> c < 0x20)) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\t' -> b.append("\\t");
                    case '\r' -> b.append("\\r");
                    default -> b.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
                }
            }
            return b.append('"').toString();
        }
        return "'" + s.replace("'", "''") + "'";
    }
}
