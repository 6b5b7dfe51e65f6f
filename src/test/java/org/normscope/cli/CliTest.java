package org.normscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user drives it, on the bundled dataset in a real SQLite file. */
class CliTest {
    @TempDir static Path dir;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        return runIn(dir.resolve("store"), args);
    }

    static Result runIn(Path store, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(store.toString());
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    static JsonNode json(Result r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    static List<String> ids(JsonNode doc) {
        List<String> ids = new ArrayList<>();
        doc.get("rows").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @BeforeAll
    static void seed() {
        assertEquals(0, run("check").code());
    }

    @Test
    void members_onTheDayOfTheDushanbeSummit_areTheSixFounders() throws Exception {
        Result r = run("members", "SCO", "--at", "2014-09-12");
        assertEquals(0, r.code(), r.err());
        for (String name : List.of("China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan")) {
            assertTrue(r.out().contains(name), r.out());
        }
        assertTrue(r.out().contains("(6 rows)"), r.out());
        assertEquals(List.of("state/CHN", "state/KAZ", "state/KGZ", "state/RUS", "state/TJK", "state/UZB"),
                ids(json(run("members", "SCO", "--at", "2014-09-12", "--format", "json"))));
    }

    @Test
    void members_afterAstana2017_includeIndiaAndPakistan() throws Exception {
        List<String> ids = ids(json(run("members", "SCO", "--at", "2017-06-10", "--format", "json")));
        assertEquals(8, ids.size(), ids.toString());
        assertTrue(ids.containsAll(List.of("state/IND", "state/PAK")));
    }

    @Test
    void members_byRole_listsObserversOnTheDate() throws Exception {
        JsonNode doc = json(run("members", "SCO", "--at", "2014-09-12", "--role", "observer", "--format", "json"));
        assertTrue(ids(doc).containsAll(List.of("state/AFG", "state/IND", "state/IRN", "state/MNG", "state/PAK")), doc.toString());
        doc.get("rows").forEach(r -> assertEquals("observer", r.get("role").asText()));
    }

    @Test
    void members_jsonRows_haveTheFieldsDesignPromises() throws Exception {
        JsonNode row = json(run("members", "SCO", "--at", "2017-06-10", "--format", "json")).get("rows").get(0);
        for (String f : List.of("id", "name", "sources", "role", "from", "to", "certain")) {
            assertTrue(row.has(f), f + " missing in " + row);
        }
        assertTrue(row.get("sources").get(0).get("id").asText().startsWith("source/"));
    }

    @Test
    void references_inAnyLanguage_giveTheSameAnswer() {
        String byKey = run("members", "SCO", "--at", "2014-09-12", "--format", "csv").out();
        assertEquals(byKey, run("members", "ШОС", "--at", "2014-09-12", "--format", "csv").out());
        assertEquals(byKey, run("members", "Shanghai Cooperation Organisation", "--at", "2014-09-12", "--format", "csv").out());
        assertEquals(byKey, run("members", "org/SCO", "--at", "2014-09-12", "--format", "csv").out());
        assertEquals(byKey, run("members", "上海合作组织", "--at", "2014-09-12", "--format", "csv").out());
    }

    @Test
    void unknownReference_exits1_andListsCloseMatches() {
        Result r = run("members", "Shangai Cooperation Organisation");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("org/SCO"), r.err());
        assertTrue(r.out().isEmpty());
    }

    @Test
    void ambiguousReference_exits1_andListsTheCandidates() {
        Path store = dir.resolve("with-fixture");
        assertEquals(0, runIn(store, "import", "src/test/resources/fixtures/mini").code());
        Result r = runIn(store, "show", "Xo");
        assertEquals(1, r.code());
        for (String id : List.of("state/AAA", "state/BBB", "state/CCC")) {
            assertTrue(r.err().contains(id), r.err());
        }
        assertTrue(r.err().contains("ambiguous"), r.err());
    }

    @Test
    void referenceOfTheWrongKind_exits1_andSaysWhatItIs() {
        Result r = run("members", "China");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("state/CHN"), r.err());
    }

    @Test
    void badDate_isAUsageError_thatShowsAValidDate() {
        Result r = run("members", "SCO", "--at", "12/09/2014");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("YYYY-MM-DD"), r.err());
        assertEquals(2, run("members").code(), "a missing argument is a usage error");
        assertEquals(2, run("members", "SCO", "--role", "overlord").code());
        assertEquals(2, run("members", "SCO", "--format", "xml").code());
        assertEquals(2, run("members", "SCO", "--known", "yesterday").code());
    }

    @Test
    void parties_ofA66359_areItsFourSponsors() throws Exception {
        JsonNode doc = json(run("parties", "A/66/359", "--format", "json"));
        assertEquals(List.of("state/CHN", "state/RUS", "state/TJK", "state/UZB"), ids(doc).stream().sorted().toList());
        doc.get("rows").forEach(r -> {
            assertEquals("sponsor", r.get("status").asText());
            assertTrue(r.get("actions").get(0).has("type") && r.get("actions").get(0).has("date") && r.get("actions").get(0).has("effective"));
        });
    }

    @Test
    void parties_ofTheRevisedCode_areItsSixSponsors() throws Exception {
        JsonNode doc = json(run("parties", "A/69/723", "--format", "json"));
        assertEquals(List.of("state/CHN", "state/KAZ", "state/KGZ", "state/RUS", "state/TJK", "state/UZB"), ids(doc).stream().sorted().toList());
    }

    @Test
    void parties_beforeTheInstrumentExisted_isEmpty() throws Exception {
        assertEquals(List.of(), ids(json(run("parties", "A/66/359", "--at", "2010-01-01", "--format", "json"))));
    }

    @Test
    void history_ofIndia_showsObserverThenMember() {
        Result r = run("history", "India");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("observer 2005-07-05/2017-06-08"), r.out());
        assertTrue(r.out().contains("member 2017-06-09/.."), r.out());
    }

    @Test
    void matrix_ofScoMembersOnTheDushanbeSummit_byTheirInstruments() throws Exception {
        JsonNode doc = json(run("matrix", "--rows", "members:SCO", "--cols",
                "wcit-12-final-acts,A/66/359,sco-information-security-agreement-2009", "--at", "2014-09-12", "--format", "json"));
        assertEquals(List.of("state/CHN", "state/KAZ", "state/KGZ", "state/RUS", "state/TJK", "state/UZB"), ids(doc));
        Map<String, JsonNode> rows = new java.util.HashMap<>();
        doc.get("rows").forEach(r -> rows.put(r.get("id").asText(), r.get("cells")));
        assertEquals("signatory", rows.get("state/CHN").get("instrument/wcit-12-final-acts").asText());
        assertEquals("sponsor", rows.get("state/TJK").get("instrument/international-code-of-conduct-for-information-security").asText());
        assertTrue(rows.get("state/KAZ").get("instrument/international-code-of-conduct-for-information-security") == null,
                "Kazakhstan did not sponsor the 2011 code");
        // China approved the 2009 agreement and it took effect for China on 2 June 2011; the others' ratifications are not recorded
        rows.forEach((id, cells) -> assertEquals(id.equals("state/CHN") ? "bound" : "signatory",
                cells.get("instrument/sco-information-security-agreement-2009").asText(), id));
        assertEquals(5, doc.get("totals").get("instrument/sco-information-security-agreement-2009").get("signatory").asInt());
        assertEquals(1, doc.get("totals").get("instrument/sco-information-security-agreement-2009").get("bound").asInt());
    }

    @Test
    void matrix_rowsGroupedByOneColumn_comeInOrderOfCommitment() throws Exception {
        JsonNode doc = json(run("matrix", "--rows", "members:NATO", "--cols", "convention-on-cybercrime", "--group", "ETS 185",
                "--at", "2003-01-01", "--format", "json"));
        List<String> groups = new ArrayList<>();
        doc.get("rows").forEach(r -> groups.add(r.get("group").asText()));
        assertTrue(groups.contains("signatory") && groups.contains("none"), groups.toString());
        assertEquals(groups.stream().sorted(java.util.Comparator.comparingInt(g -> List.of("bound", "consented", "signatory", "sponsor", "withdrawn", "none").indexOf(g))).toList(),
                groups, "groups in order");
    }

    @Test
    void diff_ofTheSco_2014to2017_showsIndiaAndPakistanBecomingMembers() throws Exception {
        JsonNode doc = json(run("diff", "--from", "2014-09-12", "--to", "2017-06-10", "--org", "SCO", "--format", "json"));
        List<String> moves = new ArrayList<>();
        doc.get("rows").forEach(r -> moves.add(r.get("subject").asText() + " " + r.get("change").asText() + " "
                + r.get("from_role").asText() + "→" + r.get("to_role").asText() + " " + r.get("date").asText()));
        assertTrue(moves.contains("state/IND role-changed observer→member 2017-06-09"), moves.toString());
        assertTrue(moves.contains("state/PAK role-changed observer→member 2017-06-09"), moves.toString());
    }

    @Test
    void whatif_indiaJoiningTheScoIn2014_listsThe2009AgreementAsNotAutomatic() throws Exception {
        JsonNode doc = json(run("whatif", "IND", "--joins", "SCO", "--at", "2014-09-12", "--format", "json"));
        JsonNode agreement = null;
        for (JsonNode r : doc.get("rows")) {
            if (r.get("id").asText().equals("instrument/sco-information-security-agreement-2009")) {
                agreement = r;
            }
        }
        assertTrue(agreement != null, doc.toString());
        assertEquals(false, agreement.get("automatic").asBoolean());
        assertEquals(6, agreement.get("members_party").asInt());
        assertEquals(6, agreement.get("members_total").asInt());
    }

    @Test
    void overlap_ofTheScoAndTheCsto_on2020_isKazakhstanKyrgyzstanRussiaAndTajikistan() throws Exception {
        JsonNode doc = json(run("overlap", "SCO", "CSTO", "--at", "2020-01-01", "--format", "json"));
        List<String> both = new ArrayList<>();
        doc.get("rows").forEach(r -> {
            if (r.get("in").asText().equals("both")) {
                both.add(r.get("id").asText());
            }
        });
        assertEquals(List.of("state/KAZ", "state/KGZ", "state/RUS", "state/TJK"), both);
    }

    @Test
    void matrix_withTheBudapestConvention_showsNoScoMemberBoundIn2014_butThoseBoundLater() throws Exception {
        JsonNode doc = json(run("matrix", "--rows", "members:SCO", "--cols", "ETS 185", "--at", "2014-09-12", "--format", "json"));
        doc.get("rows").forEach(r -> assertTrue(r.get("cells").isEmpty(), r.toString()));
        JsonNode nato = json(run("matrix", "--rows", "members:NATO", "--cols", "convention-on-cybercrime", "--at", "2010-01-01", "--format", "json"));
        Map<String, String> status = new java.util.HashMap<>();
        nato.get("rows").forEach(r -> status.put(r.get("id").asText(), r.get("cells").path("instrument/convention-on-cybercrime").asText("")));
        assertEquals("bound", status.get("state/USA"), "the US ratification took effect on 2007-01-01");
        assertEquals("bound", status.get("state/FRA"));
    }

    @Test
    void overlap_andCompare_answer() throws Exception {
        JsonNode doc = json(run("overlap", "SCO", "SCO", "--at", "2014-09-12", "--format", "json"));
        doc.get("rows").forEach(r -> assertEquals("both", r.get("in").asText()));
        assertEquals(6, doc.get("rows").size());
        JsonNode cmp = json(run("compare", "India", "China", "--at", "2016-01-01", "--format", "json"));
        boolean sawSco = false;
        for (JsonNode r : cmp.get("rows")) {
            if (r.get("id").asText().equals("org/SCO")) {
                sawSco = true;
                assertEquals("observer", r.get("values").get("state/IND").asText());
                assertEquals("member", r.get("values").get("state/CHN").asText());
                assertEquals(false, r.get("same").asBoolean());
            }
        }
        assertTrue(sawSco, cmp.toString());
    }

    @Test
    void analysis_refusesBadArguments() {
        assertEquals(2, run("diff", "--from", "2017-06-10", "--to", "2014-09-12").code());
        assertEquals(1, run("matrix", "--rows", "members:SCO", "--cols", "China").code());
        assertEquals(1, run("matrix", "--rows", "members:Nowhere", "--cols", "kind:instrument").code());
    }

    @Test
    void show_describesAnEntity() {
        Result r = run("show", "A/69/723");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("supersedes en-2011"), r.out());
    }

    @Test
    void show_countsEachPartyStatusApart() throws Exception {
        // The Code of Conduct binds nobody: its sponsors must not be counted as bound parties.
        Result code = run("show", "instrument/international-code-of-conduct-for-information-security", "--at", "2016-01-01");
        assertEquals(0, code.code(), code.err());
        assertTrue(code.out().contains("sponsors on 2016-01-01"), code.out());
        assertFalse(code.out().contains("bound on"), code.out());
        // ETS 185: the bound count equals the parties listed as bound on that day.
        long bound = 0;
        for (JsonNode p : json(run("parties", "ETS 185", "--at", "2020-01-01", "--format", "json")).get("rows")) {
            if (p.get("status").asText().equals("bound")) bound++;
        }
        Result ets = run("show", "ETS 185", "--at", "2020-01-01");
        assertTrue(bound > 40, "bound: " + bound);
        assertTrue(ets.out().matches("(?s).*bound on 2020-01-01\\s+" + bound + "\\b.*"), ets.out());
    }

    @Test
    void export_bundle_roundTripsTheBundledDatasetByteForByte() throws Exception {
        Path out = dir.resolve("export");
        assertEquals(0, run("export", "--out", out.toString()).code());
        Path bundle = Path.of("data/bundle");
        List<Path> expected;
        try (Stream<Path> s = Files.walk(bundle)) {
            expected = s.filter(Files::isRegularFile).map(bundle::relativize).sorted().toList();
        }
        List<Path> actual;
        try (Stream<Path> s = Files.walk(out)) {
            actual = s.filter(Files::isRegularFile).map(out::relativize).sorted().toList();
        }
        assertEquals(expected, actual);
        for (Path p : expected) {
            assertEquals(Files.readString(bundle.resolve(p)), Files.readString(out.resolve(p)), p.toString());
        }
    }

    @Test
    void export_jsonlAndCsv_writeTheLedgerAndTheRelations() throws Exception {
        Path jsonl = dir.resolve("jsonl");
        assertEquals(0, run("export", "--out", jsonl.toString(), "--format", "jsonl").code());
        List<String> lines = Files.readAllLines(jsonl.resolve("ledger.jsonl"));
        assertTrue(lines.size() >= 1);
        JsonNode tx = new ObjectMapper().readTree(lines.getFirst());
        assertEquals(1, tx.get("tx").asInt());
        assertTrue(tx.get("changes").size() > 100);
        Path csv = dir.resolve("csv");
        assertEquals(0, run("export", "--out", csv.toString(), "--format", "csv").code());
        List<String> memberships = Files.readAllLines(csv.resolve("memberships.csv"));
        assertEquals("statement,organisation,member,role,from,to,rank", memberships.getFirst());
        assertTrue(memberships.stream().anyMatch(l -> l.contains(",org/SCO,state/IND,member,2017-06-09,")), memberships.toString());
    }

    @Test
    void import_ofABadFile_exits1_namesFileAndLine_andWritesNothing() throws Exception {
        Path bad = dir.resolve("bad/org/XX.yaml");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "id: org/XX\nnames:\n  en: Broken\nfrom: '2001-02-30'\nmemberships:\n- member: state/CHN\n  role: emperor\n");
        String before = run("export", "--out", dir.resolve("before").toString(), "--format", "jsonl").out();
        Result r = run("import", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(bad + ":4: from: 2001-02-30 is not a day of the calendar"), r.err());
        assertTrue(r.err().contains(bad + ":7: role 'emperor' is not one of: member, associate-member"), r.err());
        assertTrue(r.err().contains("nothing was imported"), r.err());
        run("export", "--out", dir.resolve("after").toString(), "--format", "jsonl");
        assertEquals(Files.readString(dir.resolve("before/ledger.jsonl")), Files.readString(dir.resolve("after/ledger.jsonl")));
        assertTrue(before.startsWith("wrote"));
    }
}
