package org.normscope.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.normscope.app.JsonRows;
import org.normscope.app.Normscope;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.PartyStatus;
import org.normscope.model.Words;
import org.normscope.world.Analysis;
import org.normscope.world.Rows;
import org.normscope.world.Selectors;
import org.normscope.world.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Questions 4–7 and compare: matrix, diff, whatif, overlap, compare. */
final class AnalysisCommands {
    private AnalysisCommands() {
    }

    @Command(name = "matrix", description = "Actors by instruments on a date: each cell the actor's status (sponsor, signatory, consented, bound, withdrawn).")
    static final class Matrix extends QueryCommands.Query {
        @Option(names = "--rows", required = true, paramLabel = "SEL", description = "Actors: references separated by commas, members:ORG[:ROLE], parties:INSTRUMENT, states, kind:KIND.") String rows;
        @Option(names = "--cols", required = true, paramLabel = "SEL", description = "Instruments: references, adopted-by:ORG, parties:…, kind:instrument.") String cols;
        @Option(names = "--sort", paramLabel = "name|id|parties", description = "Order of the rows (default: name).") String sort = "name";
        @Option(names = "--group", paramLabel = "INSTRUMENT", description = "Group the rows by their status towards this column.") String group;

        @Override
        Output answer(Normscope store, Snapshot s, LocalDate at) {
            List<Id> actors = Selectors.select(s, rows, at);
            List<Id> instruments = Selectors.select(s, cols, at);
            for (Id i : instruments) {
                if (i.kind() != Kind.INSTRUMENT) {
                    throw new Main.DataError("--cols selects " + i + " (" + s.name(i) + "), which is not an instrument");
                }
            }
            Rows.Matrix m = new Analysis(s).matrix(actors, instruments, at);
            List<Rows.MatrixRow> ordered = new ArrayList<>(m.rows());
            switch (sort) {
                case "name" -> ordered.sort(Comparator.comparing(Rows.MatrixRow::name));
                case "id" -> ordered.sort(Comparator.comparing(Rows.MatrixRow::id));
                case "parties" -> ordered.sort(Comparator.comparingInt((Rows.MatrixRow r) -> -r.cells().size()).thenComparing(Rows.MatrixRow::name));
                default -> throw new Main.UsageError("--sort: '" + sort + "' is not one of name, id, parties");
            }
            Id groupBy = null;
            if (group != null) {
                groupBy = Main.resolve(s, group, Set.of(Kind.INSTRUMENT), "instrument").id();
                if (!instruments.contains(groupBy)) {
                    throw new Main.DataError("--group " + groupBy + " is not one of the columns");
                }
                final Id by = groupBy;
                ordered.sort(Comparator.comparingInt((Rows.MatrixRow r) -> Analysis.groupRank(r, by)));
            }
            List<String> columns = new ArrayList<>(groupBy == null ? List.of("name", "id") : List.of("group", "name", "id"));
            instruments.forEach(i -> columns.add(i.toString()));
            Output o = new Output("matrix", columns).put("rows_selector", rows).put("cols_selector", cols).put("at", at);
            Map<String, Object> totals = new LinkedHashMap<>();
            m.totals().forEach((i, byStatus) -> {
                Map<String, Object> t = new LinkedHashMap<>();
                byStatus.forEach((st, n) -> t.put(Words.word(st), n));
                totals.put(i.toString(), t);
            });
            o.putObject("columns", instruments.stream().map(i -> Map.of("id", i.toString(), "name", s.name(i))).toList());
            o.putObject("totals", totals);
            for (Rows.MatrixRow r : ordered) {
                Map<String, Object> row = JsonRows.matrixRow(r);
                if (groupBy != null) {
                    Rows.Party p = r.cells().get(groupBy);
                    row.put("group", p == null ? "none" : Words.word(p.status()));
                }
                for (Id i : instruments) {
                    Rows.Party p = r.cells().get(i);
                    row.put(i.toString(), p == null ? "" : Words.word(p.status()) + (p.certain() ? "" : "?"));
                }
                o.add(row);
            }
            o.hideInJson(instruments.stream().map(Id::toString).toList());
            instruments.forEach(i -> o.title(i.toString(), shortTitle(s, i)));
            o.footer(totalsLine(instruments, m));
            return o;
        }

        /** A column heading: the instrument's best-known identifier, else its key, cut short. */
        private static String shortTitle(Snapshot s, Id i) {
            Map<String, String> ids = s.entity(i).map(e -> e.labels().identifiers()).orElse(Map.of());
            for (String scheme : List.of("un-symbol", "cets", "ets", "celex")) {
                if (ids.containsKey(scheme)) {
                    return (scheme.endsWith("ets") ? scheme.toUpperCase(java.util.Locale.ROOT) + " " : "") + ids.get(scheme);
                }
            }
            String k = i.key();
            return k.length() <= 24 ? k : k.substring(0, 23) + "…";
        }

        private static String totalsLine(List<Id> instruments, Rows.Matrix m) {
            StringBuilder b = new StringBuilder("totals:");
            for (Id i : instruments) {
                b.append("\n  ").append(i).append(": ");
                Map<PartyStatus, Integer> t = m.totals().get(i);
                if (t.isEmpty()) {
                    b.append("none");
                }
                List<String> parts = new ArrayList<>();
                t.forEach((st, n) -> parts.add(n + " " + Words.word(st)));
                b.append(String.join(", ", parts));
            }
            return b.toString();
        }
    }

    @Command(name = "diff", description = "What changed between two dates: joined, left, role-changed, signed, bound, withdrew, adopted, entered into force.")
    static final class Diff extends QueryCommands.Query {
        @Option(names = "--from", required = true, paramLabel = "D1") String from;
        @Option(names = "--to", required = true, paramLabel = "D2") String to;
        @Option(names = "--org", paramLabel = "ORG", description = "Only this organisation's memberships and instruments.") String org;
        @Option(names = "--instrument", paramLabel = "INSTRUMENT", description = "Only this instrument.") String instrument;

        @Override
        Output answer(Normscope store, Snapshot s, LocalDate at) {
            LocalDate d1 = Main.date(from, at, "--from");
            LocalDate d2 = Main.date(to, at, "--to");
            if (d1.isAfter(d2)) {
                throw new Main.UsageError("--from " + d1 + " is after --to " + d2);
            }
            Id o = org == null ? null : Main.resolve(s, org, Set.of(Kind.ORG), "organisation").id();
            Id i = instrument == null ? null : Main.resolve(s, instrument, Set.of(Kind.INSTRUMENT), "instrument").id();
            Output out = new Output("diff", List.of("date", "change", "subject", "object", "from", "to", "sources"))
                    .put("from", d1).put("to", d2).put("organisation", o).put("instrument", i);
            for (Rows.Change c : new Analysis(s).diff(d1, d2, o, i)) {
                Map<String, Object> row = JsonRows.change(c);
                row.put("from", c.from());
                row.put("to", c.to());
                out.add(row);
            }
            out.hideInJson(List.of("from", "to"));
            return out;
        }
    }

    @Command(name = "whatif", description = "What joining means: the instruments of an organisation's members that a state is not bound by, and which membership alone would bind it to.")
    static final class WhatIf extends QueryCommands.Query {
        @Parameters(paramLabel = "STATE") String state;
        @Option(names = "--joins", required = true, paramLabel = "ORG") String org;
        @Option(names = "--all", description = "Every instrument any member is party to (default: those most members are party to, and those membership binds).") boolean all;

        @Override
        Output answer(Normscope store, Snapshot s, LocalDate at) {
            Id st = Main.resolve(s, state, Set.of(Kind.STATE, Kind.ORG), "state").id();
            Id o = Main.resolve(s, org, Set.of(Kind.ORG), "organisation").id();
            Output out = new Output("whatif", List.of("name", "id", "automatic", "members", "status", "sources"))
                    .put("state", st).put("joins", o).put("at", at);
            out.put("shown", all ? "every instrument any member is party to" : "instruments most members are party to, and those membership binds");
            for (Rows.WhatIf w : new Analysis(s).whatIf(st, o, at, all ? 0.0 : 0.5)) {
                Map<String, Object> row = JsonRows.whatIf(w);
                row.put("members", w.membersParty() + " of " + w.membersTotal());
                out.add(row);
            }
            out.hideInJson(List.of("members"));
            return out;
        }
    }

    @Command(name = "overlap", description = "States that are full members of both organisations on a date, and of only one.")
    static final class Overlap extends QueryCommands.Query {
        @Parameters(index = "0", paramLabel = "ORG1") String first;
        @Parameters(index = "1", paramLabel = "ORG2") String second;

        @Override
        Output answer(Normscope store, Snapshot s, LocalDate at) {
            Id a = Main.resolve(s, first, Set.of(Kind.ORG), "organisation").id();
            Id b = Main.resolve(s, second, Set.of(Kind.ORG), "organisation").id();
            Output out = new Output("overlap", List.of("name", "id", "in", "sources")).put("first", a).put("second", b).put("at", at);
            new Analysis(s).overlap(a, b, at).forEach(r -> out.add(JsonRows.overlap(r)));
            return out;
        }
    }

    @Command(name = "compare", description = "States or organisations side by side on a date: memberships, instruments, events; differences marked.")
    static final class Compare extends QueryCommands.Query {
        @Parameters(arity = "2..*", paramLabel = "REF") List<String> refs;
        @Option(names = "--differences", description = "Only the lines where they differ.") boolean differences;

        @Override
        Output answer(Normscope store, Snapshot s, LocalDate at) {
            List<Id> ids = refs.stream().map(r -> Main.resolve(s, r, Set.of(Kind.STATE, Kind.ORG), "state or organisation").id()).distinct().toList();
            List<String> columns = new ArrayList<>(List.of("feature", "name"));
            ids.forEach(i -> columns.add(i.toString()));
            columns.add("same");
            Output out = new Output("compare", columns).put("at", at);
            out.putObject("compared", ids.stream().map(i -> Map.of("id", i.toString(), "name", s.name(i))).toList());
            for (Rows.Comparison c : new Analysis(s).compare(ids, at)) {
                if (differences && c.same()) {
                    continue;
                }
                Map<String, Object> row = JsonRows.comparison(c);
                c.values().forEach((k, v) -> row.put(k.toString(), v));
                out.add(row);
            }
            out.hideInJson(ids.stream().map(Id::toString).toList());
            return out;
        }
    }
}
