package org.normscope.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.normscope.app.JsonRows;
import org.normscope.app.Normscope;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Expression;
import org.normscope.model.Kind;
import org.normscope.model.PartyStatus;
import org.normscope.model.Role;
import org.normscope.model.Statement;
import org.normscope.model.Words;
import org.normscope.world.Resolution;
import org.normscope.world.Rows;
import org.normscope.world.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The questions: show one entity, members on a date, parties on a date, the whole story. */
final class QueryCommands {
    private QueryCommands() {
    }

    /** {@code --at}, {@code --known} and {@code --format}, shared by the questions. */
    static final class TimeOptions {
        @Option(names = "--at", paramLabel = "D", description = "Valid date, YYYY-MM-DD (default: today).") @Nullable String at;
        @Option(names = "--known", paramLabel = "T", description = "Record time: answer as the record stood then (default: now).") @Nullable String known;
        @Option(names = "--format", paramLabel = "table|json|csv", description = "Output format (default: table).") Output.Format format = Output.Format.TABLE;

        LocalDate at(Normscope store) {
            return Main.date(at, store.world().today());
        }

        @Nullable Instant known() {
            return Main.known(known);
        }
    }

    abstract static class Query implements Callable<Integer> {
        @ParentCommand Main main;
        @Spec CommandSpec spec;
        @Mixin TimeOptions time;

        @Override
        public final Integer call() {
            try (Normscope store = main.open()) {
                Instant known = time.known();
                Snapshot s = store.world().known(known);
                LocalDate at = time.at(store);
                Output o = answer(store, s, at);
                o.put("known", known == null ? "now" : known.toString());
                o.print(time.format, spec.commandLine().getOut());
                return 0;
            }
        }

        abstract Output answer(Normscope store, Snapshot s, LocalDate at);

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "members", description = "Members of an organisation on a date (full members unless --role names another role, or all).")
    static final class Members extends Query {
        @Parameters(paramLabel = "ORG") String org;
        @Option(names = "--role", paramLabel = "ROLE", description = "member, observer, dialogue-partner, … or all (default: member).") String role = "member";

        @Override
        Output answer(Normscope store, Snapshot s, LocalDate at) {
            Resolution.Found f = Main.resolve(s, org, Set.of(Kind.ORG), "organisation");
            Role r;
            try {
                r = role.equalsIgnoreCase("all") ? null : Words.parse(Role.class, "--role", role);
            } catch (org.normscope.model.ModelException e) {
                throw new Main.UsageError(e.getMessage() + ", all");
            }
            Output o = new Output("members", List.of("name", "id", "role", "from", "to", "certain", "sources"))
                    .put("organisation", f.id()).put("at", at).put("role", r == null ? "all" : Words.word(r));
            s.members(f.id(), at, r).forEach(m -> o.add(JsonRows.member(m)));
            return o;
        }
    }

    @Command(name = "parties", description = "Parties to an instrument on a date, with their status: sponsor, signatory, consented, bound, withdrawn; and those who declined to sign.")
    static final class Parties extends Query {
        @Parameters(paramLabel = "INSTRUMENT") String instrument;

        @Override
        Output answer(Normscope store, Snapshot s, LocalDate at) {
            Resolution.Found f = Main.resolve(s, instrument, Set.of(Kind.INSTRUMENT), "instrument");
            Output o = new Output("parties", List.of("name", "id", "status", "certain", "actions", "sources"))
                    .put("instrument", f.id()).put("expression", f.expression()).put("at", at);
            s.parties(f.id(), f.expression(), at).forEach(p -> o.add(JsonRows.party(p)));
            return o;
        }
    }

    @Command(name = "history", description = "The whole story of a state, organisation, instrument or event, with corrections.")
    static final class History extends Query {
        @Parameters(paramLabel = "REF") String ref;

        @Override
        Output answer(Normscope store, Snapshot s, LocalDate at) {
            Resolution.Found f = Main.resolve(s, ref, Set.of(), "entity");
            Output o = new Output("history", List.of("date", "name", "change", "detail", "state", "recorded", "replaced", "sources"))
                    .put("entity", f.id());
            store.world().history(f.id(), time.known()).forEach(e -> o.add(JsonRows.event(e)));
            return o;
        }
    }

    @Command(name = "show", description = "One entity: its names, identifiers, details and sources.")
    static final class Show extends Query {
        @Parameters(paramLabel = "REF") String ref;

        @Override
        Output answer(Normscope store, Snapshot s, LocalDate at) {
            Resolution.Found f = Main.resolve(s, ref, Set.of(), "entity");
            Entity e = s.entity(f.id()).orElseThrow();
            Output o = new Output("show", List.of("field", "value")).put("entity", f.id()).put("at", at);
            field(o, "id", e.id().toString());
            field(o, "name", e.displayName());
            e.labels().names().forEach((lang, n) -> field(o, "name." + lang, n));
            if (!e.labels().aliases().isEmpty()) {
                field(o, "aliases", String.join("; ", e.labels().aliases()));
            }
            e.labels().identifiers().forEach((k, v) -> field(o, "identifier." + k, v));
            switch (e.details()) {
                case Details.OrgDetails d -> {
                    field(o, "type", Words.word(d.type()));
                    if (d.parent() != null) field(o, "parent", Main.label(s, d.parent()));
                    for (Role r : Role.values()) {
                        int n = s.members(e.id(), at, r).size();
                        if (n > 0) field(o, Words.word(r) + "s on " + at, String.valueOf(n));
                    }
                }
                case Details.InstrumentDetails d -> {
                    field(o, "type", Words.word(d.type()));
                    field(o, "nature", Words.word(d.nature()));
                    if (d.adoptedBy() != null) field(o, "adopted by", Main.label(s, d.adoptedBy()));
                    field(o, "membership binds", String.valueOf(d.membershipBinds()));
                    for (Expression x : d.expressions()) {
                        field(o, "expression " + x.key(), x.language() + (x.official() ? ", official" : ", unofficial") + ": " + x.title()
                                + (x.identifiers().isEmpty() ? "" : " " + x.identifiers().values())
                                + (x.supersedes() == null ? "" : ", supersedes " + x.supersedes()));
                    }
                    for (Statement.LifecycleEvent l : s.lifecycleOf(e.id())) {
                        field(o, Words.word(l.type()), String.valueOf(l.date()) + (l.expression() == null ? "" : " (" + l.expression() + ")"));
                    }
                    // Sponsors of a resolution and signatories of a treaty are not bound by it: count each status apart.
                    Map<PartyStatus, Integer> byStatus = new EnumMap<>(PartyStatus.class);
                    s.parties(e.id(), f.expression(), at).forEach(p -> byStatus.merge(p.status(), 1, Integer::sum));
                    byStatus.forEach((status, n) -> field(o, STATUS_COUNTS.get(status) + " on " + at, String.valueOf(n)));
                }
                case Details.EventDetails d -> {
                    field(o, "type", Words.word(d.type()));
                    field(o, "dates", d.period().toString());
                    if (d.place() != null) field(o, "place", d.place());
                    if (d.organiser() != null) field(o, "organiser", Main.label(s, d.organiser()));
                    field(o, "participants", String.valueOf(s.statementsOf(e.id()).size()));
                }
                case Details.SourceDetails d -> {
                    field(o, "type", Words.word(d.type()));
                    field(o, "title", d.title());
                    if (d.institution() != null) field(o, "institution", d.institution());
                    if (!d.authors().isEmpty()) field(o, "author", String.join("; ", d.authors()));
                    if (d.issued() != null) field(o, "issued", d.issued().toString());
                    if (d.url() != null) field(o, "url", d.url());
                }
                case Details.ArticleDetails d -> {
                    field(o, "title", d.title());
                    field(o, "authors", String.join("; ", d.authors()));
                    field(o, "date", d.date().toString());
                }
                case Details.StateDetails d -> {
                    if (d.from() != null || d.to() != null) field(o, "existed", new org.normscope.model.Period(d.from(), d.to()).toString());
                    field(o, "memberships", String.valueOf(s.membershipsOf(e.id()).size()));
                }
            }
            e.sources().forEach(r -> field(o, "source", r.source() + (r.locator() == null ? "" : " (" + r.locator() + ")")));
            if (e.note() != null) field(o, "note", e.note());
            return o;
        }

        private static final Map<PartyStatus, String> STATUS_COUNTS = Map.of(
                PartyStatus.SPONSOR, "sponsors", PartyStatus.SIGNATORY, "signatories (not bound)",
                PartyStatus.CONSENTED, "consented (not yet in effect)", PartyStatus.BOUND, "bound",
                PartyStatus.WITHDRAWN, "withdrawn", PartyStatus.DECLINED, "declined");

        private static void field(Output o, String field, String value) {
            Map<String, Object> row = o.row();
            row.put("field", field);
            row.put("value", value);
        }
    }
}
