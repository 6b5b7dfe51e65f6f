package org.normscope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normscope.bundle.Bundle;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Id;
import org.normscope.model.Kind;
import org.normscope.model.Problem;
import org.normscope.model.Role;
import org.normscope.model.Rules;
import org.normscope.model.SourceType;
import org.normscope.model.Statement;
import org.normscope.model.Transaction;
import org.normscope.world.Snapshot;
import org.normscope.world.World;

/** The invariants of the curated dataset in data/bundle, and that docs/DATA.md states its coverage truly. */
class DatasetTest {
    static Bundle bundle;
    static Snapshot world;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @BeforeAll
    static void read() {
        bundle = Bundle.read(List.of(Path.of("data/bundle")));
        List<Transaction.Change> changes = new ArrayList<>();
        bundle.entities().values().forEach(e -> changes.add(Transaction.Change.assertion(e)));
        bundle.statements().values().forEach(list -> list.forEach(s -> changes.add(Transaction.Change.assertion(s))));
        World w = new World(Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC));
        w.apply(new Transaction(1, Instant.parse("2026-11-30T00:00:00Z"), "test", "the bundle", changes));
        world = w.now();
    }

    @Test
    void theBundle_readsWithoutProblems_andPassesEveryRule() {
        assertEquals(List.of(), bundle.problems());
        List<Statement> statements = new ArrayList<>();
        bundle.statements().values().forEach(statements::addAll);
        List<String> found = Rules.check(bundle.entities(), statements, o -> true).stream().map(Problem::message).toList();
        assertEquals(List.of(), found, "no unsourced fact, dangling reference or unexplained overlap");
    }

    @Test
    void coverage_meetsTheMinimums() {
        assertTrue(world.entities(Kind.ORG).size() >= 20, "organisations: " + world.entities(Kind.ORG).size());
        assertTrue(world.entities(Kind.INSTRUMENT).size() >= 60, "instruments: " + world.entities(Kind.INSTRUMENT).size());
        assertTrue(world.entities(Kind.EVENT).size() >= 60, "events: " + world.entities(Kind.EVENT).size());
        for (String org : List.of("UN", "UNGA", "UNSC", "UN-GGE-2009", "UN-GGE-2012", "UN-GGE-2014", "UN-GGE-2016", "UN-GGE-2019",
                "UN-OEWG-2019", "UN-OEWG-2021", "ITU", "SCO", "CSTO", "CIS", "BRICS", "NATO", "EU", "OSCE", "COE", "ASEAN", "ARF",
                "AU", "OAS", "G7", "G20", "OECD", "LAS", "GCC")) {
            assertTrue(world.entity(Id.of(Kind.ORG, org)).isPresent(), "org/" + org + " is missing");
        }
    }

    @Test
    void theUn_has193Members_andEachIsAStateWithCodesAndNamesInSixLanguages() {
        List<Id> members = world.members(Id.parse("org/UN"), TODAY, Role.MEMBER).stream().map(m -> m.id()).toList();
        assertEquals(193, members.size());
        List<String> missing = new ArrayList<>();
        for (Id id : members) {
            Entity e = world.entity(id).orElseThrow();
            for (String lang : List.of("en", "ru", "zh", "fr", "ar", "es")) {
                if (!e.labels().names().containsKey(lang)) {
                    missing.add(id + " has no name in " + lang);
                }
            }
            for (String scheme : List.of("iso3166-alpha2", "iso3166-numeric", "wikidata")) {
                if (!e.labels().identifiers().containsKey(scheme)) {
                    missing.add(id + " has no " + scheme);
                }
            }
            String numeric = e.labels().identifiers().getOrDefault("iso3166-numeric", "");
            if (!numeric.matches("\\d{3}")) {
                missing.add(id + " has a malformed ISO numeric code '" + numeric + "'");
            }
            if (e.labels().aliases().isEmpty()) {
                missing.add(id + " has no alias or adjective");
            }
        }
        assertEquals(List.of(), missing);
        for (String observer : List.of("state/VAT", "state/PSE")) {
            assertTrue(world.members(Id.parse("org/UN"), TODAY, Role.OBSERVER).stream().anyMatch(m -> m.id().toString().equals(observer)), observer);
        }
    }

    @Test
    void everyInstrument_hasASource_andALifecycleStep() {
        List<String> missing = new ArrayList<>();
        for (Entity i : world.entities(Kind.INSTRUMENT)) {
            if (i.sources().isEmpty()) {
                missing.add(i.id() + " has no source");
            }
            if (world.lifecycleOf(i.id()).isEmpty()) {
                missing.add(i.id() + " has no lifecycle step");
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Parts of an address that belong to someone's session, a scanner or a proxy host, not to the page. */
    private static final Pattern NOT_AN_ADDRESS = Pattern.compile(
            "[?&]p_auth=|injected_by|ADMCMD_|[?&]redirect=|/redirect\\?url=|[?&]utm_|rcp_action=|/portal/update_language|webchannel-proxy\\.|codestin\\.com/");

    @Test
    void everySource_canBeFoundByAReader() {
        List<String> bad = new ArrayList<>();
        for (Entity e : world.entities(Kind.SOURCE)) {
            Details.SourceDetails d = (Details.SourceDetails) e.details();
            String url = d.url();
            // A printed newspaper with its title and day of issue can be found without an address.
            boolean printed = d.type() == SourceType.ARTICLE_NEWSPAPER && d.container() != null && d.issued() != null && d.issued().isExactDay();
            if (url == null ? !printed : !url.matches("https?://\\S+")) {
                bad.add(e.id() + " has neither an http(s) address nor a newspaper's title and day of issue: " + url);
            } else if (url != null && NOT_AN_ADDRESS.matcher(url).find()) {
                bad.add(e.id() + " has a session, proxy or scanner address: " + url);
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void docsData_statesTheCoverageTruly() throws IOException {
        String doc = Files.readString(Path.of("docs/DATA.md"));
        Map<String, Integer> stated = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z]+(?:/[A-Za-z0-9-]+)?)` \\| [^|]* \\| (\\d+) \\|").matcher(doc);
        while (m.find()) {
            stated.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        assertTrue(stated.size() > 20, "docs/DATA.md has its coverage tables: " + stated);
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String key : stated.keySet()) {
            if (key.contains("/")) {
                actual.put(key, world.members(Id.parse(key), TODAY, Role.MEMBER).size());
            } else {
                actual.put(key, world.entities(Kind.ofPrefix(key)).size());
            }
        }
        assertEquals(actual, stated, "regenerate the tables of docs/DATA.md with: ./normscope stats --at " + TODAY);
    }
}
