package org.normscope.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.normscope.app.Normscope;
import org.normscope.model.Entity;
import org.normscope.model.Kind;
import org.normscope.model.Role;
import org.normscope.model.Statement;
import org.normscope.model.Words;
import org.normscope.world.Snapshot;
import picocli.CommandLine.Command;

/** Coverage of the record: entities by kind, and for each organisation its members on the date and its recorded periods. */
@Command(name = "stats", description = "Coverage: entities by kind, statements by kind, and each organisation's members on a date.")
final class StatsCommand extends QueryCommands.Query {
    @Override
    Output answer(Normscope store, Snapshot s, LocalDate at) {
        Output o = new Output("stats", List.of("name", "id", "count", "detail")).put("at", at);
        for (Kind k : Kind.values()) {
            Map<String, Object> row = o.row();
            row.put("id", k.prefix());
            row.put("name", k.prefix() + " entities");
            row.put("count", s.entities(k).size());
            row.put("detail", "");
            row.put("sources", List.of());
        }
        long[] byKind = new long[4];
        s.statementsByOwner().values().forEach(list -> list.forEach(st -> byKind[switch (st) {
            case Statement.Membership m -> 0;
            case Statement.ParticipationAction p -> 1;
            case Statement.LifecycleEvent l -> 2;
            case Statement.Attendance a -> 3;
        }]++));
        String[] names = {"memberships", "participation actions", "lifecycle steps", "attendances"};
        for (int i = 0; i < 4; i++) {
            Map<String, Object> row = o.row();
            row.put("id", "statements/" + names[i].replace(' ', '-'));
            row.put("name", names[i]);
            row.put("count", byKind[i]);
            row.put("detail", "");
            row.put("sources", List.of());
        }
        for (Entity e : s.entities(Kind.ORG)) {
            Map<String, Object> row = o.row();
            row.put("id", e.id().toString());
            row.put("name", e.displayName());
            row.put("count", s.members(e.id(), at, Role.MEMBER).size());
            long periods = s.statementsOf(e.id()).stream().filter(st -> st instanceof Statement.Membership).count();
            StringBuilder detail = new StringBuilder(periods + " periods recorded");
            for (Role r : Role.values()) {
                int n = r == Role.MEMBER ? 0 : s.members(e.id(), at, r).size();
                if (n > 0) {
                    detail.append(", ").append(n).append(' ').append(Words.word(r)).append(n == 1 ? "" : "s");
                }
            }
            row.put("detail", detail.toString());
            row.put("sources", org.normscope.app.JsonRows.sources(e.sources()));
        }
        return o;
    }
}
