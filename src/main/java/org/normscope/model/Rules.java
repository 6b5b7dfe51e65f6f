package org.normscope.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The validation rules of the model: every fact has a source; periods do not run backwards;
 * periods of the same member, organisation and role do not overlap unless ranked apart; a state
 * belongs and acts only while it exists;
 * references (and the links in an article's body) resolve to entities of the right kind; expression keys resolve. (Vocabularies are
 * closed by construction: they are enums.)
 */
public final class Rules {
    private static final Pattern BODY_LINK = Pattern.compile("\\]\\(((?:state|org|instrument|event|article|source)/[^)\\s#]+)\\)");
    private final Map<Id, Entity> entities;
    private final List<Problem> problems = new ArrayList<>();

    private Rules(Map<Id, Entity> entities) {
        this.entities = entities;
    }

    /**
     * Checks a whole dataset. {@code inScope} selects the subjects whose problems are reported
     * (those being imported); the rest is context.
     */
    public static List<Problem> check(Map<Id, Entity> entities, Collection<Statement> statements, Predicate<Object> inScope) {
        Rules r = new Rules(entities);
        for (Entity e : entities.values()) {
            if (inScope.test(e)) {
                r.entity(e);
            }
        }
        for (Statement s : statements) {
            if (inScope.test(s)) {
                r.statement(s);
            }
        }
        r.overlaps(statements, inScope);
        return List.copyOf(r.problems);
    }

    private void error(Object subject, String field, String message) {
        problems.add(new Problem(Problem.Severity.ERROR, subject, field, message));
    }

    private void entity(Entity e) {
        boolean needsSources = e.id().kind() != Kind.SOURCE && e.id().kind() != Kind.ARTICLE;
        if (needsSources && e.sources().isEmpty()) {
            error(e, "sources", e.id() + " has no source");
        }
        sources(e, e.sources());
        switch (e.details()) {
            case Details.StateDetails s -> period(e, new Period(s.from(), s.to()));
            case Details.OrgDetails o -> {
                ref(e, "parent", o.parent(), Kind.ORG);
                period(e, new Period(o.from(), o.to()));
            }
            case Details.InstrumentDetails i -> {
                ref(e, "adopted-by", i.adoptedBy(), Kind.ORG);
                Set<String> keys = new HashSet<>();
                for (Expression x : i.expressions()) {
                    if (!keys.add(x.key())) {
                        error(x, "key", e.id() + " has two expressions with key '" + x.key() + "'");
                    }
                    if (x.supersedes() != null && i.expression(x.supersedes()) == null) {
                        error(x, "supersedes", "expression '" + x.key() + "' supersedes unknown expression '" + x.supersedes() + "'");
                    }
                    sources(x, x.sources());
                }
            }
            case Details.EventDetails v -> {
                ref(e, "host", v.host(), Kind.STATE, Kind.ORG);
                ref(e, "organiser", v.organiser(), Kind.ORG);
                period(e, v.period());
            }
            case Details.ArticleDetails a -> {
                a.mentions().forEach(m -> ref(e, "mentions", m));
                // links in the body, [text](kind/slug), must lead to an entity as mentions do
                Matcher link = BODY_LINK.matcher(a.body());
                while (link.find()) {
                    Id target;
                    try {
                        target = Id.parse(link.group(1));
                    } catch (ModelException bad) {
                        error(e, "body", "the body links to '" + link.group(1) + "', which is not an id");
                        continue;
                    }
                    if (!entities.containsKey(target)) {
                        error(e, "body", "the body links to unknown " + target);
                    }
                }
            }
            case Details.SourceDetails s -> { }
        }
    }

    private void statement(Statement s) {
        if (s.sources().isEmpty()) {
            error(s, "sources", describe(s) + " has no source");
        }
        sources(s, s.sources());
        switch (s) {
            case Statement.Membership m -> {
                ref(s, "member", m.member(), Kind.STATE, Kind.ORG);
                period(s, m.period());
                lifetime(s, m.member(), m.period().from(), m.period().to(), true);
            }
            case Statement.ParticipationAction p -> {
                ref(s, "actor", p.actor(), Kind.STATE, Kind.ORG);
                expression(s, p.instrument(), p.expression());
                lifetime(s, p.actor(), p.date(), p.date(), false);
                if (p.date() != null && p.effective() != null && p.effective().onOrBefore(p.date()) == Truth.YES
                        && !p.effective().toString().equals(p.date().toString())) {
                    error(s, "effective", p.actor() + "'s " + Words.word(p.type()) + " takes effect " + p.effective()
                            + ", before it was made (" + p.date() + ")");
                }
            }
            case Statement.LifecycleEvent l -> {
                ref(s, "body", l.body(), Kind.ORG);
                ref(s, "at", l.at(), Kind.EVENT);
                expression(s, l.instrument(), l.expression());
            }
            case Statement.Attendance a -> {
                ref(s, "participant", a.participant(), Kind.STATE, Kind.ORG);
                if (entities.get(a.event()) instanceof Entity e && e.details() instanceof Details.EventDetails v) {
                    lifetime(s, a.participant(), v.period().from(), v.period().to(), false);
                }
            }
        }
    }

    /**
     * A state cannot act or belong before it existed or after it ended. Only a certain breach is
     * an error: a partial date that may fall inside the state's life passes. A membership is a
     * period (an open end runs on); an act or an attendance is dated (by its day or its event's days).
     */
    private void lifetime(Statement s, Id actor, @Nullable PartialDate start, @Nullable PartialDate end, boolean isPeriod) {
        if (!(entities.get(actor) instanceof Entity e) || !(e.details() instanceof Details.StateDetails life)) {
            return;
        }
        String what = describe(s);
        what = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        if (start != null && life.from() != null && life.from().onOrBefore(start) == Truth.NO) {
            error(s, "from", what + (isPeriod ? " starts " : " is dated ") + start + ", before " + actor + " existed (from " + life.from() + ")");
        }
        if (life.to() != null && (end == null ? isPeriod : end.onOrBefore(life.to()) == Truth.NO)) {
            error(s, "to", what + (end == null ? " has no end" : (isPeriod ? " ends " : " is dated ") + end)
                    + ", after " + actor + " ceased to exist (" + life.to() + ")");
        }
    }

    private void expression(Statement s, Id instrument, @Nullable String key) {
        if (key == null) {
            return;
        }
        Entity i = entities.get(instrument);
        if (i != null && i.details() instanceof Details.InstrumentDetails d && d.expression(key) == null) {
            error(s, "expression", instrument + " has no expression '" + key + "'");
        }
    }

    private void sources(Object subject, List<SourceRef> refs) {
        for (SourceRef r : refs) {
            ref(subject, "sources", r.source(), Kind.SOURCE);
        }
    }

    private void ref(Object subject, String field, @Nullable Id id, Kind... kinds) {
        if (id == null) {
            return;
        }
        if (kinds.length > 0 && !List.of(kinds).contains(id.kind())) {
            error(subject, field, field + " " + id + " is not a " + String.join(" or ", List.of(kinds).stream().map(Kind::prefix).toList()));
        } else if (!entities.containsKey(id)) {
            error(subject, field, "unknown reference " + id);
        }
    }

    private void period(Object subject, Period p) {
        if (p.isInverted()) {
            String what = describe(subject);
            error(subject, "to", Character.toUpperCase(what.charAt(0)) + what.substring(1) + " starts " + p.from() + " after it ends " + p.to());
        }
    }

    private static String describe(Object subject) {
        return switch (subject) {
            case Statement.Membership m -> "the " + Words.word(m.role()) + " period of " + m.member() + " in " + m.org();
            case Statement.ParticipationAction p -> "the " + Words.word(p.type()) + " by " + p.actor() + " of " + p.instrument();
            case Statement.LifecycleEvent l -> "the " + Words.word(l.type()) + " step of " + l.instrument();
            case Statement.Attendance a -> "the attendance of " + a.participant() + " at " + a.event();
            case Entity e -> e.id().toString();
            default -> "the period";
        };
    }

    private void overlaps(Collection<Statement> statements, Predicate<Object> inScope) {
        Map<String, List<Statement.Membership>> byKey = new HashMap<>();
        for (Statement s : statements) {
            if (s instanceof Statement.Membership m) {
                byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
            }
        }
        for (List<Statement.Membership> group : byKey.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Statement.Membership a = group.get(i);
                    Statement.Membership b = group.get(j);
                    if (a.rank() != b.rank() || !(inScope.test(a) || inScope.test(b))) {
                        continue;
                    }
                    Truth t = a.period().overlaps(b.period());
                    if (t == Truth.NO) {
                        continue;
                    }
                    Statement.Membership later = inScope.test(b) ? b : a;
                    Statement.Membership other = later == b ? a : b;
                    String msg = Words.word(a.role()) + " periods of " + a.member() + " in " + a.org() + " "
                            + (t == Truth.YES ? "overlap" : "may overlap") + ": " + other.period() + " and " + later.period()
                            + " (rank one of them apart if sources disagree)";
                    problems.add(new Problem(t == Truth.YES ? Problem.Severity.ERROR : Problem.Severity.WARNING, later, "from", msg));
                }
            }
        }
    }
}
