package org.normscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesTest {
    static final Id SRC = Id.parse("source/s");
    static final List<SourceRef> CITED = List.of(new SourceRef(SRC, "para 1"));
    static final Id ORG = Id.parse("org/XO");
    static final Id AAA = Id.parse("state/AAA");

    static Map<Id, Entity> world() {
        Map<Id, Entity> m = new HashMap<>();
        m.put(SRC, new Entity(SRC, Labels.NONE, new Details.SourceDetails(SourceType.DATASET, "s", List.of(), null, null, null, null, null, null, null, null), List.of(), null));
        m.put(ORG, new Entity(ORG, Labels.NONE, new Details.OrgDetails(OrgType.ORGANISATION, null, null, null), CITED, null));
        m.put(AAA, new Entity(AAA, Labels.NONE, new Details.StateDetails(null, null), CITED, null));
        return m;
    }

    static Statement.Membership member(String from, String to, Rank rank, List<SourceRef> sources) {
        return new Statement.Membership("m", ORG, AAA, Role.MEMBER, Period.of(from == null ? null : PartialDate.parse(from),
                to == null ? null : PartialDate.parse(to)), rank, sources, null);
    }

    static List<String> messages(Map<Id, Entity> entities, List<Statement> statements) {
        return Rules.check(entities, statements, o -> true).stream().map(p -> p.severity() + " " + p.field() + ": " + p.message()).toList();
    }

    @Test
    void aCleanDataset_hasNoProblems() {
        assertEquals(List.of(), messages(world(), List.of(member("2001", "2005-06-30", Rank.NORMAL, CITED), member("2005-07-01", null, Rank.NORMAL, CITED))));
    }

    @Test
    void everyStatementAndEntity_needsASource() {
        Map<Id, Entity> w = world();
        w.put(AAA, new Entity(AAA, Labels.NONE, new Details.StateDetails(null, null), List.of(), null));
        assertEquals(List.of("ERROR sources: state/AAA has no source", "ERROR sources: the member period of state/AAA in org/XO has no source"),
                messages(w, List.of(member("2001", null, Rank.NORMAL, List.of()))));
    }

    @Test
    void referencesMustResolve_toTheRightKind() {
        Statement.Membership m = new Statement.Membership("m", ORG, Id.parse("state/ZZZ"), Role.MEMBER, Period.ALWAYS, Rank.NORMAL,
                List.of(new SourceRef(Id.parse("source/nowhere"), null)), null);
        assertEquals(List.of("ERROR sources: unknown reference source/nowhere", "ERROR member: unknown reference state/ZZZ"), messages(world(), List.of(m)));
        Statement.Membership wrongKind = new Statement.Membership("m", ORG, SRC, Role.MEMBER, Period.ALWAYS, Rank.NORMAL, CITED, null);
        assertEquals(List.of("ERROR member: member source/s is not a state or org"), messages(world(), List.of(wrongKind)));
    }

    @Test
    void aPeriodThatRunsBackwards_isAnError_butPartialEndsMayMeet() {
        assertEquals(List.of("ERROR to: The member period of state/AAA in org/XO starts 2017-06-09 after it ends 2005-07-05"),
                messages(world(), List.of(member("2017-06-09", "2005-07-05", Rank.NORMAL, CITED))));
        assertEquals(List.of(), messages(world(), List.of(member("2005-07", "2005", Rank.NORMAL, CITED))));
    }

    @Test
    void overlappingPeriods_areErrors_unlessRankedApart_andPartialOverlapsAreWarnings() {
        List<String> same = messages(world(), List.of(member("2001", null, Rank.NORMAL, CITED), member("2003", null, Rank.NORMAL, CITED)));
        assertEquals(1, same.size());
        assertEquals(true, same.getFirst().startsWith("ERROR from: member periods of state/AAA in org/XO overlap"), same.toString());
        assertEquals(List.of(), messages(world(), List.of(member("2001", null, Rank.PREFERRED, CITED), member("2003", null, Rank.NORMAL, CITED))));
        List<String> maybe = messages(world(), List.of(member("2001", "2005", Rank.NORMAL, CITED), member("2005-07-01", null, Rank.NORMAL, CITED)));
        assertEquals(1, maybe.size());
        assertEquals(true, maybe.getFirst().startsWith("WARNING from: member periods of state/AAA in org/XO may overlap"), maybe.toString());
    }

    @Test
    void expressionKeys_mustResolveWithinTheirInstrument() {
        Map<Id, Entity> w = world();
        Id code = Id.parse("instrument/code");
        Expression en = new Expression("en-2011", "en", true, "Code", null, null, Map.of(), null, null, null, null, CITED);
        Expression bad = new Expression("en-2015", "en", true, "Code", null, null, Map.of(), "en-2010", null, null, null, CITED);
        w.put(code, new Entity(code, Labels.NONE, new Details.InstrumentDetails(InstrumentType.CODE_OF_CONDUCT, Nature.NON_BINDING, ORG, false,
                List.of(en, bad)), CITED, null));
        Statement.ParticipationAction a = new Statement.ParticipationAction("a", code, AAA, ActionType.SPONSOR, PartialDate.parse("2011-09-12"),
                null, "ru-2011", null, Rank.NORMAL, CITED, null);
        assertEquals(List.of("ERROR supersedes: expression 'en-2015' supersedes unknown expression 'en-2010'",
                "ERROR expression: instrument/code has no expression 'ru-2011'"), messages(w, List.of(a)));
    }

    @Test
    void aStateBelongs_onlyWhileItExists_butAPartialDateThatMayFitPasses() {
        Map<Id, Entity> w = world();
        w.put(AAA, new Entity(AAA, Labels.NONE, new Details.StateDetails(PartialDate.parse("1943-11-29"), PartialDate.parse("1992-04-26")), CITED, null));
        assertEquals(List.of(), messages(w, List.of(member("1973-07-03", "1992-04-26", Rank.NORMAL, CITED))));
        assertEquals(List.of(), messages(w, List.of(member("1943", "1992-04", Rank.NORMAL, CITED))), "partial dates that may fit");
        assertEquals(List.of("ERROR to: The member period of state/AAA in org/XO ends 1992-07-07, after state/AAA ceased to exist (1992-04-26)"),
                messages(w, List.of(member("1973-07-03", "1992-07-07", Rank.NORMAL, CITED))));
        assertEquals(List.of("ERROR to: The member period of state/AAA in org/XO has no end, after state/AAA ceased to exist (1992-04-26)"),
                messages(w, List.of(member("1973-07-03", null, Rank.NORMAL, CITED))));
        assertEquals(List.of("ERROR from: The member period of state/AAA in org/XO starts 1942, before state/AAA existed (from 1943-11-29)"),
                messages(w, List.of(member("1942", "1950", Rank.NORMAL, CITED))));
        Id treaty = Id.parse("instrument/t");
        w.put(treaty, new Entity(treaty, Labels.NONE, new Details.InstrumentDetails(InstrumentType.TREATY, Nature.BINDING, ORG, false, List.of()), CITED, null));
        Statement.ParticipationAction late = new Statement.ParticipationAction("a", treaty, AAA, ActionType.SIGNATURE, PartialDate.parse("1993"),
                null, null, null, Rank.NORMAL, CITED, null);
        assertEquals(List.of("ERROR to: The signature by state/AAA of instrument/t is dated 1993, after state/AAA ceased to exist (1992-04-26)"),
                messages(w, List.of(late)));
    }

    @Test
    void anArticlesBodyLinks_mustLeadToEntities() {
        Map<Id, Entity> w = world();
        Id art = Id.parse("article/a");
        String body = "[XO](org/XO) met [AAA](state/AAA) and [ZZZ](state/ZZZ).[^1]\n\n[^1]: See [s](source/s) and [gone](source/gone).";
        w.put(art, new Entity(art, Labels.NONE, new Details.ArticleDetails("A", List.of("N"), PartialDate.parse("2026-11-30"), List.of(ORG), body),
                List.of(), null));
        assertEquals(List.of("ERROR body: the body links to unknown state/ZZZ", "ERROR body: the body links to unknown source/gone"),
                messages(w, List.of()));
    }
}
