package org.normscope.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.Problem;
import org.normscope.model.Statement;

/**
 * A set of bundle files read into entities and statements, remembering for every record the
 * file and line it came from. {@link #read} never stops at the first problem: it collects them
 * all, as {@code file:line: message}.
 */
public final class Bundle {
    /** Where a record came from: the file (as named to the user) and its YAML node. */
    private record Origin(String file, Yaml.Doc doc, ObjectNode node) {
    }

    private final Map<Id, Entity> entities = new TreeMap<>();
    private final Map<Id, List<Statement>> statements = new TreeMap<>();
    private final Map<Object, Origin> origins = new IdentityHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private Bundle() {
    }

    /** Reads bundle files and folders (folders recursively, {@code *.yaml} and {@code *.yml}). */
    public static Bundle read(List<Path> paths) {
        Bundle b = new Bundle();
        try (Interner shared = Interner.open()) {
            for (Path p : paths) {
                if (!Files.exists(p)) {
                    b.problems.add(p + ": no such file or folder");
                    continue;
                }
                for (Path file : yamlFiles(p)) {
                    b.readFile(file.toString(), file);
                }
            }
        }
        return b;
    }

    /** Reads the dataset that ships inside Normscope. */
    public static Bundle readBundled() {
        URL url = Bundle.class.getClassLoader().getResource("bundle");
        if (url == null) {
            return new Bundle();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return readBundledFrom(fs.getPath("/bundle"));
                }
            }
            return readBundledFrom(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the bundled dataset: " + e.getMessage(), e));
        }
    }

    private static Bundle readBundledFrom(Path root) {
        Bundle b = new Bundle();
        for (Path file : yamlFiles(root)) {
            b.readFile("bundle/" + root.relativize(file).toString().replace('\\', '/'), file);
        }
        return b;
    }

    private static List<Path> yamlFiles(Path p) {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readFile(String name, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(name + ": cannot read: " + e.getMessage());
            return;
        }
        Yaml.Doc doc;
        try {
            doc = Yaml.read(text);
        } catch (Yaml.SyntaxError e) {
            problems.add(name + ":" + e.line + ": " + e.getMessage());
            return;
        }
        if (!(doc.root() instanceof ObjectNode root)) {
            problems.add(name + ":1: a bundle file holds one map, the entity");
            return;
        }
        List<Fields.Failure> failures = new ArrayList<>();
        Codec.Decoded d = Codec.decodeFile(root, failures);
        for (Fields.Failure f : failures) {
            problems.add(name + ":" + doc.line(f.node()) + ": " + f.message());
        }
        if (d.entity() == null) {
            return;
        }
        Id id = d.entity().id();
        String expected = id.kind().prefix() + "/" + id.key() + ".yaml";
        String normalized = file.toString().replace('\\', '/');
        if (!normalized.endsWith("/" + expected) && !normalized.equals(expected)) {
            problems.add(name + ":" + doc.line(root.get("id")) + ": " + id + " belongs in a file named " + expected);
        }
        if (entities.containsKey(id)) {
            problems.add(name + ":" + doc.line(root.get("id")) + ": " + id + " is defined twice (also in "
                    + origins.get(entities.get(id)).file() + ")");
            return;
        }
        entities.put(id, d.entity());
        List<Statement> withIds = Statement.withIds(d.statements());
        statements.put(id, withIds);
        d.origins().forEach((k, node) -> origins.put(k, new Origin(name, doc, node)));
        // withIds made new statement objects: map them to the nodes of the originals (same canonical order)
        List<Statement> sorted = new ArrayList<>(d.statements());
        sorted.sort(Statement.CANONICAL_ORDER);
        for (int i = 0; i < sorted.size(); i++) {
            origins.put(withIds.get(i), new Origin(name, doc, d.origins().get(sorted.get(i))));
        }
    }

    public Map<Id, Entity> entities() {
        return entities;
    }

    /** Statements by owner, each list in canonical order with ids assigned. */
    public Map<Id, List<Statement>> statements() {
        return statements;
    }

    /** Problems found while reading, as {@code file:line: message}. */
    public List<String> problems() {
        return problems;
    }

    public boolean isFrom(Object record) {
        return origins.containsKey(record);
    }

    /** Names the file and line of a validation problem about a record of this bundle. */
    public String locate(Problem p) {
        Origin o = origins.get(p.subject());
        if (o == null) {
            return p.message();
        }
        JsonNode field = o.node().get(p.field());
        int line = o.doc().line(field != null && !field.isNull() ? field : o.node());
        return o.file() + ":" + line + ": " + p.message();
    }

    /**
     * Writes entities and their statements as bundle files under {@code dir}, in canonical form.
     * Returns the files written.
     */
    public static List<Path> write(Path dir, Collection<Entity> entities, Map<Id, ? extends Collection<Statement>> byOwner) {
        List<Path> written = new ArrayList<>();
        try {
            for (Entity e : entities) {
                Collection<Statement> mine = byOwner.containsKey(e.id()) ? byOwner.get(e.id()) : List.of();
                Path file = dir.resolve(e.id().kind().prefix()).resolve(e.id().key() + ".yaml");
                Files.createDirectories(file.getParent());
                Files.writeString(file, Yaml.write(Codec.encodeFile(e, mine)), StandardCharsets.UTF_8);
                written.add(file);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return written;
    }
}
