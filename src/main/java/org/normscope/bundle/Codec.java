package org.normscope.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.normscope.model.ActionType;
import org.normscope.model.AttendanceRole;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.EventType;
import org.normscope.model.Expression;
import org.normscope.model.Id;
import org.normscope.model.InstrumentType;
import org.normscope.model.Kind;
import org.normscope.model.Labels;
import org.normscope.model.LifecycleType;
import org.normscope.model.Nature;
import org.normscope.model.OrgType;
import org.normscope.model.PartialDate;
import org.normscope.model.Period;
import org.normscope.model.Rank;
import org.normscope.model.Role;
import org.normscope.model.SourceRef;
import org.normscope.model.SourceType;
import org.normscope.model.Statement;
import org.normscope.model.Words;

/**
 * Converts entities and statements to and from their tree form, the one shape shared by bundle
 * files (YAML) and ledger records (JSON). Field order here is the canonical order of the files.
 */
final class Codec {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Statement lists in an entity file, by the kind of entity that owns them. */
    static final Map<Kind, List<String>> STATEMENT_FIELDS = Map.of(
            Kind.ORG, List.of("memberships"),
            Kind.INSTRUMENT, List.of("lifecycle", "participation"),
            Kind.EVENT, List.of("participants"));

    private static final Set<String> COMMON = Set.of("id", "names", "aliases", "identifiers", "sources", "note");

    private Codec() {
    }

    // ---- decoding ----

    /** An entity and the statements its file holds (ids not yet assigned). */
    record Decoded(@Nullable Entity entity, List<Statement> statements, Map<Object, ObjectNode> origins) {
    }

    static Decoded decodeFile(ObjectNode root, List<Fields.Failure> failures) {
        Fields f = new Fields(root, failures);
        Id id = f.required("id", Id::parse);
        Map<Object, ObjectNode> origins = new java.util.IdentityHashMap<>();
        if (id == null) {
            return new Decoded(null, List.of(), origins);
        }
        Set<String> known = new LinkedHashSet<>(COMMON);
        known.addAll(detailFields(id.kind()));
        known.addAll(STATEMENT_FIELDS.getOrDefault(id.kind(), List.of()));
        f.allowOnly(known);
        Entity e = entity(f, id, origins);
        List<Statement> statements = new ArrayList<>();
        for (String list : STATEMENT_FIELDS.getOrDefault(id.kind(), List.of())) {
            for (ObjectNode o : f.objects(list)) {
                Statement s = statement(list, id, "", o, failures);
                if (s != null) {
                    statements.add(s);
                    origins.put(s, o);
                }
            }
        }
        if (e != null) {
            origins.put(e, root);
        }
        return new Decoded(e, statements, origins);
    }

    static Set<String> detailFields(Kind kind) {
        return switch (kind) {
            case STATE -> Set.of("from", "to");
            case ORG -> Set.of("type", "parent", "from", "to");
            case INSTRUMENT -> Set.of("type", "nature", "adopted-by", "membership-binds", "expressions");
            case EVENT -> Set.of("type", "from", "to", "place", "host", "organiser");
            case ARTICLE -> Set.of("title", "authors", "date", "mentions", "body");
            case SOURCE -> Set.of("type", "title", "author", "institution", "container", "publisher", "number",
                    "issued", "url", "accessed", "language");
        };
    }

    static @Nullable Entity entity(Fields f, Id id, Map<Object, ObjectNode> origins) {
        Labels labels = new Labels(f.stringMap("names"), f.strings("aliases"), f.stringMap("identifiers"));
        List<SourceRef> sources = f.sources();
        String note = f.optText("note");
        Details details = switch (id.kind()) {
            case STATE -> new Details.StateDetails(f.date("from"), f.date("to"));
            case ORG -> {
                OrgType t = f.word("type", OrgType.class);
                yield new Details.OrgDetails(t == null ? OrgType.ORGANISATION : t, f.id("parent", Kind.ORG), f.date("from"), f.date("to"));
            }
            case INSTRUMENT -> {
                InstrumentType t = f.required("type", s -> Words.parse(InstrumentType.class, "type", s));
                Nature n = f.required("nature", s -> Words.parse(Nature.class, "nature", s));
                List<Expression> xs = new ArrayList<>();
                for (ObjectNode o : f.objects("expressions")) {
                    Expression x = expression(new Fields(o, failuresOf(f)));
                    if (x != null) {
                        xs.add(x);
                        origins.put(x, o);
                    }
                }
                yield t == null || n == null ? null
                        : new Details.InstrumentDetails(t, n, f.id("adopted-by", Kind.ORG), f.bool("membership-binds"), xs);
            }
            case EVENT -> {
                EventType t = f.word("type", EventType.class);
                yield new Details.EventDetails(t == null ? EventType.OTHER : t, new Period(f.date("from"), f.date("to")),
                        f.optText("place"), f.id("host", Kind.STATE, Kind.ORG), f.id("organiser", Kind.ORG));
            }
            case ARTICLE -> {
                PartialDate date = f.required("date", PartialDate::parse);
                List<Id> mentions = new ArrayList<>();
                for (String m : f.strings("mentions")) {
                    try {
                        mentions.add(Id.parse(m));
                    } catch (org.normscope.model.ModelException ex) {
                        f.fail(f.node().get("mentions"), "mentions: " + ex.getMessage());
                    }
                }
                yield date == null ? null : new Details.ArticleDetails(f.text("title"), f.strings("authors"), date, mentions, f.text("body"));
            }
            case SOURCE -> {
                SourceType t = f.required("type", s -> Words.parse(SourceType.class, "type", s));
                yield t == null ? null : new Details.SourceDetails(t, f.text("title"), f.strings("author"), f.optText("institution"),
                        f.optText("container"), f.optText("publisher"), f.optText("number"), f.date("issued"),
                        f.optText("url"), f.date("accessed"), f.optText("language"));
            }
        };
        return details == null || f.failed() ? null : new Entity(id, labels, details, sources, note);
    }

    private static List<Fields.Failure> failuresOf(Fields f) {
        return f.failuresList();
    }

    private static @Nullable Expression expression(Fields f) {
        f.allowOnly(Set.of("key", "language", "official", "title", "version", "date", "identifiers", "supersedes",
                "translator", "url", "text", "sources"));
        String key = f.text("key");
        if (!key.isEmpty() && !key.matches("[a-z0-9][a-z0-9-]*")) {
            f.fail(f.node().get("key"), "expression key '" + key + "' is not a lower-case slug");
        }
        Expression x = new Expression(key.isEmpty() || f.failed() ? "x" : key, f.text("language"), f.bool("official"),
                f.text("title"), f.optText("version"), f.date("date"), f.stringMap("identifiers"), f.optText("supersedes"),
                f.optText("translator"), f.optText("url"), f.optText("text"), f.sources());
        return f.failed() ? null : x;
    }

    static final Map<String, Set<String>> STATEMENT_SCHEMA = Map.of(
            "memberships", Set.of("member", "role", "from", "to", "rank", "sources", "note"),
            "participation", Set.of("actor", "action", "date", "effective", "expression", "text", "rank", "sources", "note"),
            "lifecycle", Set.of("event", "date", "body", "at", "expression", "rank", "sources", "note"),
            "participants", Set.of("participant", "role", "rank", "sources", "note"));

    /** Decodes one statement of list {@code list} owned by {@code owner}; null if it has problems. */
    static @Nullable Statement statement(String list, Id owner, String id, ObjectNode o, List<Fields.Failure> failures) {
        Fields f = new Fields(o, failures);
        f.allowOnly(STATEMENT_SCHEMA.get(list));
        Rank rank = f.word("rank", Rank.class);
        Rank r = rank == null ? Rank.NORMAL : rank;
        List<SourceRef> sources = f.sources();
        String note = f.optText("note");
        Statement s = switch (list) {
            case "memberships" -> {
                Id member = f.required("member", Interner::id);
                Role role = f.required("role", t -> Words.parse(Role.class, "role", t));
                yield member == null || role == null ? null
                        : new Statement.Membership(id, owner, member, role, new Period(f.date("from"), f.date("to")), r, sources, note);
            }
            case "participation" -> {
                Id actor = f.required("actor", Interner::id);
                ActionType type = f.required("action", t -> Words.parse(ActionType.class, "action", t));
                yield actor == null || type == null ? null
                        : new Statement.ParticipationAction(id, owner, actor, type, f.date("date"), f.date("effective"),
                        f.optText("expression"), f.optText("text"), r, sources, note);
            }
            case "lifecycle" -> {
                LifecycleType type = f.required("event", t -> Words.parse(LifecycleType.class, "event", t));
                yield type == null ? null : new Statement.LifecycleEvent(id, owner, type, f.date("date"), f.id("body", Kind.ORG),
                        f.id("at", Kind.EVENT), f.optText("expression"), r, sources, note);
            }
            case "participants" -> {
                Id who = f.required("participant", Interner::id);
                AttendanceRole role = f.required("role", t -> Words.parse(AttendanceRole.class, "role", t));
                yield who == null || role == null ? null : new Statement.Attendance(id, owner, who, role, r, sources, note);
            }
            default -> throw new IllegalArgumentException(list);
        };
        return f.failed() ? null : s;
    }

    static String listOf(Statement s) {
        return switch (s) {
            case Statement.Membership m -> "memberships";
            case Statement.ParticipationAction p -> "participation";
            case Statement.LifecycleEvent l -> "lifecycle";
            case Statement.Attendance a -> "participants";
        };
    }

    // ---- encoding ----

    /** The entity alone, without its statements. */
    static ObjectNode encode(Entity e) {
        ObjectNode o = F.objectNode();
        o.put("id", e.id().toString());
        switch (e.details()) {
            case Details.OrgDetails d -> put(o, "type", Words.word(d.type()));
            case Details.InstrumentDetails d -> {
                put(o, "type", Words.word(d.type()));
                put(o, "nature", Words.word(d.nature()));
            }
            case Details.EventDetails d -> put(o, "type", Words.word(d.type()));
            case Details.SourceDetails d -> put(o, "type", Words.word(d.type()));
            default -> { }
        }
        map(o, "names", e.labels().names());
        strings(o, "aliases", e.labels().aliases());
        map(o, "identifiers", e.labels().identifiers());
        switch (e.details()) {
            case Details.StateDetails d -> {
                put(o, "from", d.from());
                put(o, "to", d.to());
            }
            case Details.OrgDetails d -> {
                put(o, "parent", d.parent());
                put(o, "from", d.from());
                put(o, "to", d.to());
            }
            case Details.InstrumentDetails d -> {
                put(o, "adopted-by", d.adoptedBy());
                if (d.membershipBinds()) {
                    o.put("membership-binds", true);
                }
            }
            case Details.EventDetails d -> {
                put(o, "from", d.period().from());
                put(o, "to", d.period().to());
                put(o, "place", d.place());
                put(o, "host", d.host());
                put(o, "organiser", d.organiser());
            }
            case Details.ArticleDetails d -> {
                put(o, "title", d.title());
                strings(o, "authors", d.authors());
                put(o, "date", d.date());
                strings(o, "mentions", d.mentions().stream().map(Id::toString).toList());
            }
            case Details.SourceDetails d -> {
                put(o, "title", d.title());
                strings(o, "author", d.authors());
                put(o, "institution", d.institution());
                put(o, "container", d.container());
                put(o, "publisher", d.publisher());
                put(o, "number", d.number());
                put(o, "issued", d.issued());
                put(o, "url", d.url());
                put(o, "accessed", d.accessed());
                put(o, "language", d.language());
            }
        }
        sources(o, e.sources());
        put(o, "note", e.note());
        if (e.details() instanceof Details.InstrumentDetails d && !d.expressions().isEmpty()) {
            ArrayNode a = o.putArray("expressions");
            d.expressions().forEach(x -> a.add(encode(x)));
        }
        if (e.details() instanceof Details.ArticleDetails d) {
            o.put("body", d.body());
        }
        return o;
    }

    /** The entity with its statements, as its bundle file holds them. */
    static ObjectNode encodeFile(Entity e, Collection<Statement> statements) {
        ObjectNode o = encode(e);
        JsonNode body = o.remove("body");
        List<Statement> sorted = Statement.withIds(statements);
        for (String list : STATEMENT_FIELDS.getOrDefault(e.id().kind(), List.of())) {
            List<Statement> mine = sorted.stream().filter(s -> listOf(s).equals(list)).toList();
            if (!mine.isEmpty()) {
                ArrayNode a = o.putArray(list);
                mine.forEach(s -> a.add(encode(s)));
            }
        }
        if (body != null) {
            o.set("body", body);
        }
        return o;
    }

    private static ObjectNode encode(Expression x) {
        ObjectNode o = F.objectNode();
        o.put("key", x.key());
        o.put("language", x.language());
        o.put("official", x.official());
        o.put("title", x.title());
        put(o, "version", x.version());
        put(o, "date", x.date());
        map(o, "identifiers", x.identifiers());
        put(o, "supersedes", x.supersedes());
        put(o, "translator", x.translator());
        put(o, "url", x.url());
        put(o, "text", x.text());
        sources(o, x.sources());
        return o;
    }

    /** A statement as an item of its owner's list (without owner and id). */
    static ObjectNode encode(Statement s) {
        ObjectNode o = F.objectNode();
        switch (s) {
            case Statement.Membership m -> {
                o.put("member", m.member().toString());
                o.put("role", Words.word(m.role()));
                put(o, "from", m.period().from());
                put(o, "to", m.period().to());
            }
            case Statement.ParticipationAction p -> {
                o.put("actor", p.actor().toString());
                o.put("action", Words.word(p.type()));
                put(o, "date", p.date());
                put(o, "effective", p.effective());
                put(o, "expression", p.expression());
                put(o, "text", p.text());
            }
            case Statement.LifecycleEvent l -> {
                o.put("event", Words.word(l.type()));
                put(o, "date", l.date());
                put(o, "body", l.body());
                put(o, "at", l.at());
                put(o, "expression", l.expression());
            }
            case Statement.Attendance a -> {
                o.put("participant", a.participant().toString());
                o.put("role", Words.word(a.role()));
            }
        }
        if (s.rank() != Rank.NORMAL) {
            o.put("rank", Words.word(s.rank()));
        }
        sources(o, s.sources());
        put(o, "note", s.note());
        return o;
    }

    private static void put(ObjectNode o, String f, @Nullable Object v) {
        if (v != null) {
            o.put(f, v.toString());
        }
    }

    private static void map(ObjectNode o, String f, Map<String, String> m) {
        if (!m.isEmpty()) {
            ObjectNode n = o.putObject(f);
            m.forEach(n::put);
        }
    }

    private static void strings(ObjectNode o, String f, List<String> l) {
        if (!l.isEmpty()) {
            ArrayNode a = o.putArray(f);
            l.forEach(a::add);
        }
    }

    private static void sources(ObjectNode o, List<SourceRef> refs) {
        if (!refs.isEmpty()) {
            ArrayNode a = o.putArray("sources");
            for (SourceRef r : refs) {
                ObjectNode n = a.addObject();
                n.put("source", r.source().toString());
                put(n, "locator", r.locator());
            }
        }
    }
}
