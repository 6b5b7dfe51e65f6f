package org.normscope.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.normscope.model.ActionType;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Expression;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.LifecycleType;
import org.normscope.model.PartialDate;
import org.normscope.model.PartyStatus;
import org.normscope.model.Role;
import org.normscope.model.SourceRef;
import org.normscope.model.Statement;
import org.normscope.model.Truth;
import org.normscope.model.Words;
import org.normscope.world.Rows;
import org.normscope.world.Snapshot;
import org.normscope.world.World;

/** Builds the view model of each page from one snapshot, for one date. */
final class Pages {
    private final World world;
    private final Snapshot s;
    private final LocalDate at;

    Pages(World world, Snapshot s, LocalDate at) {
        this.world = world;
        this.s = s;
        this.at = at;
    }

    // ---- home ----

    Views.Home home() {
        List<Views.OrgSummary> orgs = new ArrayList<>();
        for (Entity e : s.entities(Kind.ORG)) {
            List<Rows.Member> all = s.members(e.id(), at, null);
            int members = (int) all.stream().filter(m -> m.role() == Role.MEMBER).count();
            orgs.add(new Views.OrgSummary(e.id(), e.displayName(), members, all.size() - members));
        }
        List<Views.Development> developments = new ArrayList<>();
        for (List<Statement> list : s.statementsByOwner().values()) {
            for (Statement st : list) {
                switch (st) {
                    case Statement.Membership m -> {
                        add(developments, m.period().from(), m.member(), "became " + article(Words.word(m.role())) + " of", m.org(), m.sources());
                        add(developments, m.period().to(), m.member(), "ceased to be " + article(Words.word(m.role())) + " of", m.org(), m.sources());
                    }
                    case Statement.ParticipationAction p -> add(developments, p.date(), p.actor(), verb(p.type()), p.instrument(), p.sources());
                    case Statement.LifecycleEvent l -> add(developments, l.date(), l.instrument(), lifecycleVerb(l.type()),
                            l.body() != null ? l.body() : l.instrument(), l.sources());
                    case Statement.Attendance a -> { }
                }
            }
        }
        developments.sort(Comparator.comparing((Views.Development d) -> d.date().latest()).reversed()
                .thenComparing(d -> d.subject().toString()));
        List<Views.Transaction> changes = new ArrayList<>();
        List<World.TxInfo> txs = world.transactions();
        for (int i = txs.size() - 1; i >= 0 && changes.size() < 8; i--) {
            World.TxInfo t = txs.get(i);
            if (!t.recordedAt().isAfter(s.known())) {
                changes.add(new Views.Transaction(t.id(), t.recordedAt(), t.author(), t.reason(), t.changes()));
            }
        }
        return new Views.Home(orgs, developments.stream().limit(15).toList(), changes, articles(null),
                s.entities(Kind.STATE).size(), s.entities(Kind.INSTRUMENT).size(), s.entities(Kind.EVENT).size(),
                s.entities(Kind.SOURCE).size());
    }

    private void add(List<Views.Development> out, @Nullable PartialDate d, Id subject, String what, Id object, List<SourceRef> sources) {
        if (d != null && d.onOrBefore(at) == Truth.YES) {
            out.add(new Views.Development(d, subject, what, object, sources));
        }
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word.replace('-', ' ');
    }

    static String verb(ActionType t) {
        return switch (t) {
            case SPONSOR -> "sponsored";
            case CO_SPONSOR -> "co-sponsored";
            case SIGNATURE -> "signed";
            case DEFINITIVE_SIGNATURE -> "signed definitively";
            case RATIFICATION -> "ratified";
            case ACCEPTANCE -> "accepted";
            case APPROVAL -> "approved";
            case ACCESSION -> "acceded to";
            case SUCCESSION -> "succeeded to";
            case FORMAL_CONFIRMATION -> "formally confirmed";
            case WITHDRAWAL -> "withdrew from";
            case RESERVATION -> "made a reservation to";
            case DECLARATION -> "made a declaration on";
            case OBJECTION -> "objected on";
            case REFUSAL -> "declined to sign or join";
        };
    }

    private static String lifecycleVerb(LifecycleType t) {
        return switch (t) {
            case DRAFTED -> "was drafted by";
            case CIRCULATED -> "was circulated by";
            case OPENED_FOR_SIGNATURE -> "was opened for signature by";
            case ADOPTED -> "was adopted by";
            case ENTERED_INTO_FORCE -> "entered into force";
            case SUPERSEDED -> "was superseded";
            case TERMINATED -> "was terminated";
        };
    }

    // ---- organisation ----

    Views.Org org(Entity e) {
        Details.OrgDetails d = (Details.OrgDetails) e.details();
        List<Views.RoleGroup> roles = new ArrayList<>();
        Map<Id, MapSvg.Category> colours = new LinkedHashMap<>();
        List<Role> shown = new ArrayList<>();
        for (Role r : Role.values()) {
            List<Rows.Member> rows = s.members(e.id(), at, r);
            if (!rows.isEmpty()) {
                roles.add(new Views.RoleGroup(r, Words.word(r).replace('-', ' '), rows));
                shown.add(r);
                for (Rows.Member m : rows) {
                    if (m.id().kind() == Kind.STATE) {
                        colours.putIfAbsent(m.id(), new MapSvg.Category(Words.word(r) + (m.certain() ? "" : " (possibly)"), Palette.role(r)));
                    }
                }
            }
        }
        MapSvg.Drawn map = MapSvg.draw(s, e.displayName() + " on " + at + ": states by role", colours, Palette.roleLegend(shown));
        List<Entity> organs = s.entities(Kind.ORG).stream()
                .filter(o -> o.details() instanceof Details.OrgDetails od && e.id().equals(od.parent())).toList();
        List<Views.EventSummary> events = new ArrayList<>();
        for (Entity ev : s.entities(Kind.EVENT)) {
            if (ev.details() instanceof Details.EventDetails ed && e.id().equals(ed.organiser())) {
                events.add(eventSummary(ev));
            }
        }
        events.sort(Comparator.comparing(Views.EventSummary::dates).reversed());
        // timeline: one lane per member, in order of first appearance
        Map<Id, List<TimelineSvg.Bar>> lanes = new LinkedHashMap<>();
        Set<Role> timelineRoles = new java.util.TreeSet<>();
        s.membershipsIn(e.id()).stream()
                .sorted(Comparator.comparing((Statement.Membership m) -> m.period().from() == null ? LocalDate.MIN : m.period().from().earliest()))
                .forEach(m -> {
                    lanes.computeIfAbsent(m.member(), k -> new ArrayList<>()).add(new TimelineSvg.Bar(m.period().from(), m.period().to(),
                            Words.word(m.role()), Palette.role(m.role())));
                    timelineRoles.add(m.role());
                });
        List<TimelineSvg.Lane> laneList = new ArrayList<>();
        lanes.forEach((id, bars) -> laneList.add(new TimelineSvg.Lane(s.name(id), bars)));
        String timeline = laneList.isEmpty() ? "" : TimelineSvg.draw("Membership of " + e.displayName() + " over time", laneList, at, world.today());
        return new Views.Org(e, d, roles, organs, instrumentsAdoptedBy(e.id()), events, articles(e.id()), map.svg(), map.notShown(),
                timeline, timelineRoles.stream().map(Words::word).toList());
    }

    private List<Views.InstrumentSummary> instrumentsAdoptedBy(Id org) {
        List<Views.InstrumentSummary> out = new ArrayList<>();
        for (Entity i : s.entities(Kind.INSTRUMENT)) {
            if (i.details() instanceof Details.InstrumentDetails d && org.equals(d.adoptedBy())) {
                out.add(instrumentSummary(i));
            }
        }
        out.sort(Comparator.comparing((Views.InstrumentSummary x) -> x.adopted() == null ? LocalDate.MIN : x.adopted().earliest()).reversed());
        return out;
    }

    private Views.InstrumentSummary instrumentSummary(Entity i) {
        Details.InstrumentDetails d = (Details.InstrumentDetails) i.details();
        PartialDate adopted = null;
        for (Statement.LifecycleEvent l : s.lifecycleOf(i.id())) {
            if (adopted == null && (l.type() == LifecycleType.ADOPTED || l.type() == LifecycleType.OPENED_FOR_SIGNATURE
                    || l.type() == LifecycleType.CIRCULATED)) {
                adopted = l.date();
            }
        }
        return new Views.InstrumentSummary(i.id(), i.displayName(), Words.word(d.type()).replace('-', ' '),
                Words.word(d.nature()).replace('-', ' '), adopted);
    }

    private Views.EventSummary eventSummary(Entity ev) {
        Details.EventDetails d = (Details.EventDetails) ev.details();
        String dates = (d.period().from() == null ? "" : d.period().from().toString())
                + (d.period().to() == null || d.period().to().equals(d.period().from()) ? "" : " – " + d.period().to());
        return new Views.EventSummary(ev.id(), ev.displayName(), dates, d.place());
    }

    List<Views.ArticleSummary> articles(@Nullable Id mentioning) {
        List<Views.ArticleSummary> out = new ArrayList<>();
        for (Entity a : s.entities(Kind.ARTICLE)) {
            Details.ArticleDetails d = (Details.ArticleDetails) a.details();
            if (mentioning == null || d.mentions().contains(mentioning)) {
                out.add(new Views.ArticleSummary(a.id(), d.title(), d.date(), d.authors()));
            }
        }
        out.sort(Comparator.comparing((Views.ArticleSummary x) -> x.date().latest()).reversed());
        return out;
    }

    // ---- state ----

    Views.State state(Entity e) {
        List<Views.MembershipLine> lines = new ArrayList<>();
        Map<Id, List<TimelineSvg.Bar>> lanes = new TreeMap<>();
        for (Statement.Membership m : s.membershipsOf(e.id())) {
            Truth t = m.period().contains(at);
            String now = t == Truth.YES ? "yes" : t == Truth.MAYBE ? "possibly" : "no";
            lines.add(new Views.MembershipLine(m.org(), Words.word(m.role()).replace('-', ' '), m.period().from(), m.period().to(), now, m.sources()));
            lanes.computeIfAbsent(m.org(), k -> new ArrayList<>()).add(new TimelineSvg.Bar(m.period().from(), m.period().to(),
                    Words.word(m.role()), Palette.role(m.role())));
        }
        lines.sort(Comparator.comparing((Views.MembershipLine l) -> !l.now().equals("yes")).thenComparing(l -> s.name(l.org())));
        List<Rows.Party> instruments = new ArrayList<>();
        for (Id i : s.instrumentsOf(e.id())) {
            Rows.Party p = s.party(i, e.id(), at);
            if (p != null) {
                instruments.add(new Rows.Party(i, s.name(i), p.status(), p.certain(), p.actions(), p.sources()));
            }
        }
        instruments.sort(Comparator.comparing(Rows.Party::name));
        List<Views.Attended> events = new ArrayList<>();
        for (Statement.Attendance a : s.attendanceOf(e.id())) {
            s.entity(a.event()).ifPresent(ev -> events.add(new Views.Attended(ev.id(), ev.displayName(), eventSummary(ev).dates(),
                    Words.word(a.role()), a.sources())));
        }
        events.sort(Comparator.comparing(Views.Attended::dates).reversed());
        List<TimelineSvg.Lane> laneList = new ArrayList<>();
        lanes.forEach((org, bars) -> laneList.add(new TimelineSvg.Lane(s.name(org), bars)));
        String timeline = laneList.isEmpty() ? "" : TimelineSvg.draw("Memberships of " + e.displayName() + " over time", laneList, at, world.today());
        return new Views.State(e, lines, instruments, events, articles(e.id()), timeline);
    }

    // ---- instrument ----

    Views.Instrument instrument(Entity e, @Nullable String expression, @Nullable String compare) {
        Details.InstrumentDetails d = (Details.InstrumentDetails) e.details();
        Map<Id, List<Statement.ParticipationAction>> byActor = new TreeMap<>();
        for (Statement st : s.statementsOf(e.id())) {
            if (st instanceof Statement.ParticipationAction p && st.rank() != org.normscope.model.Rank.DEPRECATED
                    && (expression == null || p.expression() == null || p.expression().equals(expression))) {
                byActor.computeIfAbsent(p.actor(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<Id, Rows.Party> status = new LinkedHashMap<>();
        s.parties(e.id(), expression, at).forEach(p -> status.put(p.id(), p));
        List<Views.Participant> participants = new ArrayList<>();
        Map<Id, MapSvg.Category> colours = new LinkedHashMap<>();
        Set<PartyStatus> shown = new java.util.TreeSet<>();
        byActor.forEach((actor, actions) -> {
            Rows.Party p = status.get(actor);
            List<SourceRef> sources = new ArrayList<>();
            actions.forEach(a -> a.sources().stream().filter(x -> !sources.contains(x)).forEach(sources::add));
            participants.add(new Views.Participant(actor, s.name(actor), dates(actions, ActionType.SIGNATURE), consent(actions),
                    effective(actions), reservations(actions), dates(actions, ActionType.WITHDRAWAL), sponsorship(actions),
                    p == null ? null : p.status(), p == null || p.certain(), sources));
            if (p != null && actor.kind() == Kind.STATE) {
                colours.put(actor, new MapSvg.Category(Words.word(p.status()) + (p.certain() ? "" : " (possibly)"), Palette.status(p.status())));
                shown.add(p.status());
            }
        });
        participants.sort(Comparator.comparing(Views.Participant::name));
        MapSvg.Drawn map = MapSvg.draw(s, e.displayName() + " on " + at + ": states by status", colours, Palette.statusLegend(List.copyOf(shown)));
        List<Statement.LifecycleEvent> lifecycle = s.statementsOf(e.id()).stream()
                .filter(st -> st instanceof Statement.LifecycleEvent).map(st -> (Statement.LifecycleEvent) st).toList();
        return new Views.Instrument(e, d, lifecycle, participants, map.svg(), map.notShown(), sideBySide(d, compare), expression, articles(e.id()));
    }

    private static String dates(List<Statement.ParticipationAction> actions, ActionType type) {
        return String.join("; ", actions.stream().filter(a -> a.type() == type).map(a -> a.date() == null ? "undated" : a.date().toString()).toList());
    }

    /** The UN Treaty Collection's marks after a date of consent: A acceptance, AA approval, a accession, d succession. */
    private static String consent(List<Statement.ParticipationAction> actions) {
        List<String> out = new ArrayList<>();
        for (Statement.ParticipationAction a : actions) {
            String mark = switch (a.type()) {
                case RATIFICATION -> "";
                case ACCEPTANCE -> " A";
                case APPROVAL -> " AA";
                case ACCESSION -> " a";
                case SUCCESSION -> " d";
                case DEFINITIVE_SIGNATURE -> " s";
                case FORMAL_CONFIRMATION -> " c";
                default -> null;
            };
            if (mark != null) {
                out.add((a.date() == null ? "undated" : a.date().toString()) + mark);
            }
        }
        return String.join("; ", out);
    }

    private static String effective(List<Statement.ParticipationAction> actions) {
        return String.join("; ", actions.stream().filter(a -> a.type().isConsent() && a.effective() != null)
                .map(a -> a.effective().toString()).toList());
    }

    private static String reservations(List<Statement.ParticipationAction> actions) {
        List<String> out = new ArrayList<>();
        for (Statement.ParticipationAction a : actions) {
            if (a.type() == ActionType.RESERVATION || a.type() == ActionType.DECLARATION || a.type() == ActionType.OBJECTION) {
                out.add(Words.word(a.type()) + (a.text() == null ? "" : ": " + a.text()));
            }
        }
        return String.join("; ", out);
    }

    private static String sponsorship(List<Statement.ParticipationAction> actions) {
        return String.join("; ", actions.stream().filter(a -> a.type().isSponsorship())
                .map(a -> Words.word(a.type()) + (a.expression() == null ? "" : " (" + a.expression() + ")")
                        + (a.date() == null ? "" : " " + a.date())).toList());
    }

    private static Views.@Nullable SideBySide sideBySide(Details.InstrumentDetails d, @Nullable String compare) {
        if (compare == null) {
            // by default, the latest expression beside the one it supersedes
            for (Expression x : d.expressions()) {
                if (compare == null && x.supersedes() != null && d.expression(x.supersedes()) != null) {
                    compare = x.supersedes() + "," + x.key();
                }
            }
            if (compare == null) {
                return null;
            }
        }
        String[] keys = compare.split(",");
        if (keys.length != 2 || d.expression(keys[0].strip()) == null || d.expression(keys[1].strip()) == null) {
            return null;
        }
        Expression a = d.expression(keys[0].strip());
        Expression b = d.expression(keys[1].strip());
        return new Views.SideBySide(a, b, LineDiff.align(lines(a), lines(b)));
    }

    private static List<String> lines(Expression x) {
        List<String> out = new ArrayList<>();
        out.add("Title: " + x.title());
        out.add("Language: " + x.language() + (x.official() ? ", official" : ", unofficial"));
        if (x.version() != null) out.add("Version: " + x.version());
        if (x.date() != null) out.add("Date: " + x.date());
        x.identifiers().forEach((k, v) -> out.add(k + ": " + v));
        if (x.translator() != null) out.add("Translator: " + x.translator());
        if (x.text() != null) {
            out.add("");
            out.addAll(List.of(x.text().split("\n")));
        }
        return out;
    }

    // ---- event, article, source ----

    Views.Event event(Entity e) {
        Details.EventDetails d = (Details.EventDetails) e.details();
        List<Views.Participation> participants = new ArrayList<>();
        for (Statement st : s.statementsOf(e.id())) {
            if (st instanceof Statement.Attendance a) {
                participants.add(new Views.Participation(a.participant(), s.name(a.participant()), Words.word(a.role()), a.sources()));
            }
        }
        participants.sort(Comparator.comparing(Views.Participation::role).thenComparing(Views.Participation::name));
        List<Views.InstrumentSummary> adopted = new ArrayList<>();
        for (Entity i : s.entities(Kind.INSTRUMENT)) {
            if (s.lifecycleOf(i.id()).stream().anyMatch(l -> e.id().equals(l.at()))) {
                adopted.add(instrumentSummary(i));
            }
        }
        return new Views.Event(e, d, participants, adopted, articles(e.id()));
    }

    Views.Article article(Entity e, java.util.function.Function<Id, String> link) {
        Details.ArticleDetails d = (Details.ArticleDetails) e.details();
        return new Views.Article(e, d, Markdown.render(d.body(), s.entities().keySet(), link));
    }

    Views.Source source(Entity e) {
        Details.SourceDetails d = (Details.SourceDetails) e.details();
        List<Views.Supported> supports = new ArrayList<>();
        for (Entity other : s.entities().values()) {
            for (SourceRef r : other.sources()) {
                if (r.source().equals(e.id())) {
                    supports.add(new Views.Supported(other.id(), "the record of " + other.displayName(), r.locator()));
                }
            }
        }
        for (List<Statement> list : s.statementsByOwner().values()) {
            for (Statement st : list) {
                for (SourceRef r : st.sources()) {
                    if (r.source().equals(e.id())) {
                        supports.add(new Views.Supported(st.owner(), describe(st), r.locator()));
                    }
                }
            }
        }
        supports.sort(Comparator.comparing((Views.Supported x) -> s.name(x.about())).thenComparing(Views.Supported::what));
        return new Views.Source(e, d, Citations.chicago(d), supports);
    }

    private String describe(Statement st) {
        return switch (st) {
            case Statement.Membership m -> s.name(m.member()) + ": " + Words.word(m.role()).replace('-', ' ') + " of "
                    + s.name(m.org()) + ", " + m.period();
            case Statement.ParticipationAction p -> s.name(p.actor()) + " " + verb(p.type()) + " " + s.name(p.instrument())
                    + (p.date() == null ? "" : ", " + p.date());
            case Statement.LifecycleEvent l -> s.name(l.instrument()) + ": " + Words.word(l.type()).replace('-', ' ')
                    + (l.date() == null ? "" : ", " + l.date());
            case Statement.Attendance a -> s.name(a.participant()) + " at " + s.name(a.event()) + " (" + Words.word(a.role()) + ")";
        };
    }
}
