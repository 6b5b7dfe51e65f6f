package org.normscope.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.normscope.model.Id;
import org.normscope.model.Words;

/**
 * The analysis questions against the core ones, on the seeded random worlds of
 * {@link WorldPropertyTest}: every matrix cell is the parties answer for its pair, and applying
 * diff(D1, D2) to the world on D1 gives the world on D2.
 */
class AnalysisPropertyTest {
    @Test
    void everyMatrixCell_equalsThePartiesAnswerForThatPair() {
        for (long seed = 1; seed <= 40; seed++) {
            Random rnd = new Random(seed * 31);
            WorldPropertyTest.Generated g = WorldPropertyTest.generate(rnd, 30);
            World w = new World(java.time.Clock.systemUTC());
            w.applyAll(g.txs);
            for (int q = 0; q < 50; q++) {
                LocalDate at = WorldPropertyTest.randomDay(rnd);
                Instant known = rnd.nextBoolean() ? null : g.txs.get(rnd.nextInt(g.txs.size())).recordedAt();
                Snapshot s = w.known(known);
                Rows.Matrix m = new Analysis(s).matrix(g.states, List.of(g.instrument), at);
                Map<Id, String> expected = new HashMap<>();
                s.parties(g.instrument, null, at).forEach(p -> expected.put(p.id(), p.status() + ":" + p.certain()));
                for (Rows.MatrixRow r : m.rows()) {
                    Rows.Party cell = r.cells().get(g.instrument);
                    assertEquals(expected.get(r.id()), cell == null ? null : cell.status() + ":" + cell.certain(),
                            "seed " + seed + ", " + r.id() + " on " + at);
                    Rows.Party single = s.party(g.instrument, r.id(), at);
                    assertEquals(expected.get(r.id()), single == null ? null : single.status() + ":" + single.certain(),
                            "seed " + seed + ", party() for " + r.id() + " on " + at);
                }
            }
        }
    }

    @Test
    void applyingTheDiff_toTheWorldOnD1_givesTheWorldOnD2() {
        for (long seed = 1; seed <= 40; seed++) {
            Random rnd = new Random(seed * 131);
            WorldPropertyTest.Generated g = WorldPropertyTest.generate(rnd, 30);
            World w = new World(java.time.Clock.systemUTC());
            w.applyAll(g.txs);
            Snapshot s = w.now();
            Analysis a = new Analysis(s);
            for (int q = 0; q < 50; q++) {
                LocalDate d1 = WorldPropertyTest.randomDay(rnd);
                LocalDate d2 = d1.plusDays(rnd.nextInt(3000));
                Map<String, String> state = worldOn(s, g, d1);
                for (Rows.Change c : a.diff(d1, d2, null, null)) {
                    String key = c.subject() + "@" + c.object();
                    switch (c.change()) {
                        case "joined", "role-changed" -> state.put(key, c.to());
                        case "left" -> state.remove(key);
                        case "sponsored", "signed", "consented", "bound", "withdrew", "declined" -> state.put(key, c.to());
                        default -> { }
                    }
                }
                assertEquals(worldOn(s, g, d2), state, "seed " + seed + ": diff " + d1 + " → " + d2);
            }
        }
    }

    /** Who holds which role in which organisation, and which status towards the instrument, on {@code at}. */
    private static Map<String, String> worldOn(Snapshot s, WorldPropertyTest.Generated g, LocalDate at) {
        Map<String, String> out = new HashMap<>();
        for (Id org : g.orgs) {
            List<Rows.Member> rows = new ArrayList<>(s.members(org, at, null));
            rows.sort((x, y) -> Integer.compare(y.role().ordinal(), x.role().ordinal()));
            rows.forEach(r -> out.put(r.id() + "@" + org, Words.word(r.role())));
        }
        s.parties(g.instrument, null, at).forEach(p -> out.put(p.id() + "@" + g.instrument, Words.word(p.status())));
        return out;
    }
}
