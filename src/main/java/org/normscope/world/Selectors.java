package org.normscope.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.ModelException;
import org.normscope.model.Role;
import org.normscope.model.Truth;
import org.normscope.model.Words;

/**
 * Selectors choose the rows and columns of a matrix: a comma-separated list of references, or
 * {@code members:ORG}, {@code members:ORG:ROLE}, {@code parties:INSTRUMENT}, {@code states},
 * {@code adopted-by:ORG}, {@code kind:KIND}. Those that depend on time are read on {@code at}.
 */
public final class Selectors {
    private Selectors() {
    }

    public static List<Id> select(Snapshot s, String selector, LocalDate at) {
        String sel = selector.strip();
        String lower = sel.toLowerCase(Locale.ROOT);
        if (lower.equals("states")) {
            List<Id> out = new ArrayList<>();
            for (Entity e : s.entities(Kind.STATE)) {
                Details.StateDetails d = (Details.StateDetails) e.details();
                if (new org.normscope.model.Period(d.from(), d.to()).contains(at) != Truth.NO) {
                    out.add(e.id());
                }
            }
            return out;
        }
        if (lower.startsWith("members:")) {
            String[] parts = sel.substring("members:".length()).split(":", 2);
            Id org = resolve(s, parts[0], Set.of(Kind.ORG), "organisation");
            Role role = Role.MEMBER;
            if (parts.length == 2) {
                try {
                    role = parts[1].equalsIgnoreCase("all") ? null : Words.parse(Role.class, "role", parts[1]);
                } catch (ModelException e) {
                    throw new QueryException("selector '" + selector + "': " + e.getMessage() + ", all");
                }
            }
            return s.members(org, at, role).stream().map(Rows.Member::id).distinct().toList();
        }
        if (lower.startsWith("parties:")) {
            Resolution.Found f = found(s, sel.substring("parties:".length()), Set.of(Kind.INSTRUMENT), "instrument");
            return s.parties(f.id(), f.expression(), at).stream().map(Rows.Party::id).toList();
        }
        if (lower.startsWith("adopted-by:")) {
            Id org = resolve(s, sel.substring("adopted-by:".length()), Set.of(Kind.ORG), "organisation");
            return s.entities(Kind.INSTRUMENT).stream()
                    .filter(e -> e.details() instanceof Details.InstrumentDetails d && org.equals(d.adoptedBy()))
                    .map(Entity::id).toList();
        }
        if (lower.startsWith("kind:")) {
            try {
                return s.entities(Kind.ofPrefix(lower.substring("kind:".length()).strip())).stream().map(Entity::id).toList();
            } catch (ModelException e) {
                throw new QueryException("selector '" + selector + "': " + e.getMessage());
            }
        }
        Set<Id> out = new LinkedHashSet<>();
        for (String ref : sel.split(",")) {
            if (!ref.isBlank()) {
                out.add(resolve(s, ref, Set.of(), "entity"));
            }
        }
        if (out.isEmpty()) {
            throw new QueryException("empty selector: give references separated by commas, or members:ORG, parties:INSTRUMENT, "
                    + "states, adopted-by:ORG, kind:KIND");
        }
        return List.copyOf(out);
    }

    static Id resolve(Snapshot s, String ref, Set<Kind> kinds, String what) {
        return found(s, ref, kinds, what).id();
    }

    /** Resolves a reference or explains, with candidates, why it cannot be. */
    public static Resolution.Found found(Snapshot s, String ref, Set<Kind> kinds, String what) {
        Resolution r = s.resolve(ref, kinds);
        return switch (r) {
            case Resolution.Found f -> f;
            case Resolution.Ambiguous a -> throw new QueryException("'" + ref.strip() + "' is ambiguous; it could be:\n  "
                    + String.join("\n  ", a.candidates().stream().map(id -> id + "  " + s.name(id)).toList()));
            case Resolution.NotFound n -> {
                Resolution any = kinds.isEmpty() ? n : s.resolve(ref, Set.of());
                if (any instanceof Resolution.Found f) {
                    throw new QueryException("'" + ref.strip() + "' is " + f.id() + " (" + s.name(f.id()) + "), not " + what);
                }
                throw new QueryException("no " + what + " matches '" + ref.strip() + "'"
                        + (n.suggestions().isEmpty() ? "" : "; close matches:\n  " + String.join("\n  ", n.suggestions())));
            }
        };
    }
}
