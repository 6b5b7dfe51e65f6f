package org.normscope.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.normscope.bundle.Bundle;
import org.normscope.bundle.RecordJson;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Expression;
import org.normscope.model.Id;
import org.normscope.model.SourceRef;
import org.normscope.model.Statement;
import org.normscope.model.Transaction;
import org.normscope.model.Words;
import org.normscope.world.Snapshot;

/** Writes the store out: as a bundle, as the whole ledger in JSON Lines, or as CSV tables. */
public final class Exports {
    private Exports() {
    }

    /** The current record as bundle files; the same layout and bytes as the files it came from. */
    public static List<Path> bundle(Snapshot s, Path dir) {
        List<Entity> entities = s.entities().values().stream().sorted(Comparator.comparing(Entity::id)).toList();
        return Bundle.write(dir, entities, s.statementsByOwner());
    }

    /** Every transaction of the ledger, history included, one JSON object a line. */
    public static Path jsonl(Normscope store, Path dir) {
        Path out = dir.resolve("ledger.jsonl");
        try {
            Files.createDirectories(dir);
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                store.ledger().read(0, tx -> write(w, line(tx)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void write(BufferedWriter w, String line) {
        try {
            w.write(line);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(Transaction tx) {
        StringBuilder b = new StringBuilder("{\"tx\":").append(tx.id())
                .append(",\"recorded_at\":").append(str(tx.recordedAt().toString()))
                .append(",\"author\":").append(str(tx.author()))
                .append(",\"reason\":").append(str(tx.reason()))
                .append(",\"changes\":[");
        for (int i = 0; i < tx.changes().size(); i++) {
            Transaction.Change c = tx.changes().get(i);
            b.append(i == 0 ? "" : ",").append("{\"record\":").append(str(c.recordId()))
                    .append(",\"owner\":").append(str(c.owner().toString()))
                    .append(",\"op\":").append(str(c.value() == null ? "retract" : "assert"));
            if (c.value() != null) {
                b.append(",\"kind\":").append(str(RecordJson.kindOf(c.value())))
                        .append(",\"value\":").append(RecordJson.encode(c.value()));
            }
            b.append('}');
        }
        return b.append("]}").toString();
    }

    private static String str(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
    }

    /** One CSV file per relation, of the record as it stands in {@code s}. */
    public static List<Path> csv(Snapshot s, Path dir) {
        List<Entity> entities = s.entities().values().stream().sorted(Comparator.comparing(Entity::id)).toList();
        List<Statement> statements = new ArrayList<>();
        s.statementsByOwner().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> statements.addAll(e.getValue()));
        Csv ent = new Csv("entities", "id", "kind", "name", "type", "from", "to", "note");
        Csv names = new Csv("names", "id", "language", "name");
        Csv aliases = new Csv("aliases", "id", "alias");
        Csv ids = new Csv("identifiers", "id", "scheme", "value");
        Csv exprs = new Csv("expressions", "instrument", "key", "language", "official", "title", "version", "date", "supersedes", "url");
        Csv srcs = new Csv("sources", "id", "type", "title", "authors", "institution", "container", "publisher", "number", "issued", "url", "accessed", "language");
        Csv cites = new Csv("citations", "record", "source", "locator");
        Csv mem = new Csv("memberships", "statement", "organisation", "member", "role", "from", "to", "rank");
        Csv act = new Csv("participation", "statement", "instrument", "actor", "action", "date", "effective", "expression", "rank");
        Csv life = new Csv("lifecycle", "statement", "instrument", "event", "date", "body", "at", "expression", "rank");
        Csv att = new Csv("attendance", "statement", "event", "participant", "role", "rank");
        for (Entity e : entities) {
            String id = e.id().toString();
            String type = null;
            Object from = null;
            Object to = null;
            switch (e.details()) {
                case Details.StateDetails d -> { from = d.from(); to = d.to(); }
                case Details.OrgDetails d -> { type = Words.word(d.type()); from = d.from(); to = d.to(); }
                case Details.InstrumentDetails d -> {
                    type = Words.word(d.type());
                    for (Expression x : d.expressions()) {
                        exprs.row(id, x.key(), x.language(), x.official(), x.title(), x.version(), x.date(), x.supersedes(), x.url());
                    }
                }
                case Details.EventDetails d -> { type = Words.word(d.type()); from = d.period().from(); to = d.period().to(); }
                case Details.ArticleDetails d -> from = d.date();
                case Details.SourceDetails d -> srcs.row(id, Words.word(d.type()), d.title(), String.join("; ", d.authors()),
                        d.institution(), d.container(), d.publisher(), d.number(), d.issued(), d.url(), d.accessed(), d.language());
            }
            ent.row(id, e.id().kind().prefix(), e.displayName(), type, from, to, e.note());
            e.labels().names().forEach((lang, n) -> names.row(id, lang, n));
            e.labels().aliases().forEach(a -> aliases.row(id, a));
            e.labels().identifiers().forEach((k, v) -> ids.row(id, k, v));
            cite(cites, id, e.sources());
        }
        for (Statement st : statements) {
            String rank = Words.word(st.rank());
            switch (st) {
                case Statement.Membership m -> mem.row(m.id(), m.org(), m.member(), Words.word(m.role()), m.period().from(), m.period().to(), rank);
                case Statement.ParticipationAction p -> act.row(p.id(), p.instrument(), p.actor(), Words.word(p.type()), p.date(), p.effective(), p.expression(), rank);
                case Statement.LifecycleEvent l -> life.row(l.id(), l.instrument(), Words.word(l.type()), l.date(), l.body(), l.at(), l.expression(), rank);
                case Statement.Attendance a -> att.row(a.id(), a.event(), a.participant(), Words.word(a.role()), rank);
            }
            cite(cites, st.id(), st.sources());
        }
        List<Path> out = new ArrayList<>();
        for (Csv c : List.of(ent, names, aliases, ids, exprs, srcs, cites, mem, act, life, att)) {
            out.add(c.write(dir));
        }
        return out;
    }

    private static void cite(Csv cites, String record, List<SourceRef> refs) {
        refs.forEach(r -> cites.row(record, r.source(), r.locator()));
    }

    /** One CSV cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
    public static String csvCell(@Nullable Object o) {
        String s = o == null ? "" : o.toString();
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** A CSV table (RFC 4180: comma, CRLF, quotes where needed). */
    static final class Csv {
        private final String name;
        private final StringBuilder b = new StringBuilder();

        Csv(String name, String... header) {
            this.name = name;
            row((Object[]) header);
        }

        void row(@Nullable Object... cells) {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(csvCell(cells[i]));
            }
            b.append("\r\n");
        }

        Path write(Path dir) {
            try {
                Files.createDirectories(dir);
                Path p = dir.resolve(name + ".csv");
                Files.writeString(p, b, StandardCharsets.UTF_8);
                return p;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
