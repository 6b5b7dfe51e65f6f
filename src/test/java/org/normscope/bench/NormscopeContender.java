package org.normscope.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.normscope.model.Id;
import org.normscope.model.Role;
import org.normscope.world.Analysis;
import org.normscope.world.Rows;
import org.normscope.world.Snapshot;
import org.normscope.world.World;

/**
 * Normscope itself: one {@link World} holding every generated entity and statement, asked through
 * the engine's own methods ({@link Snapshot#members}, {@link Snapshot#parties},
 * {@link World#history}, {@link Analysis#matrix}, {@link Analysis#diff}).
 *
 * <p>The diff runs on a second world that holds only the membership data: on the combined world,
 * {@code diff(from, to, null, null)} also derives the status changes of every instrument and the
 * lifecycle steps, which the comparators are not asked for. The membership world shares the
 * statement objects and is built outside the measured load time.
 */
final class NormscopeContender implements Contender {
    private World world;
    private Snapshot snapshot;
    private Analysis analysis;
    private Analysis membershipAnalysis;
    private List<Id> states;
    private long heapBytes;

    @Override
    public String name() {
        return "normscope";
    }

    @Override
    public void load(CompareData data) {
        world = new World(Clock.systemUTC());
        world.applyAll(data.history());
        snapshot = world.now();
        analysis = new Analysis(snapshot);
        states = data.states;
    }

    /** The membership-only world for the diff; not part of the load time. */
    void loadDiffWorld(CompareData data) {
        World memberships = new World(Clock.systemUTC());
        memberships.applyAll(List.of(data.membershipTransaction()));
        membershipAnalysis = new Analysis(memberships.now());
    }

    @Override
    public Object membersAt(Id org, LocalDate at) {
        return snapshot.members(org, at, Role.MEMBER);
    }

    @Override
    public Object partiesAt(Id instrument, LocalDate at) {
        return snapshot.parties(instrument, null, at);
    }

    @Override
    public Object history(Id state) {
        return world.history(state, null);
    }

    @Override
    public Object matrix(List<Id> instruments, LocalDate at) {
        return analysis.matrix(states, instruments, at);
    }

    @Override
    public Object diff(LocalDate from, LocalDate to) {
        return membershipAnalysis.diff(from, to, null, null);
    }

    @Override
    public int size(Object answer) {
        if (answer instanceof Rows.Matrix m) {
            int cells = 0;
            for (Rows.MatrixRow r : m.rows()) {
                cells += r.cells().size();
            }
            return cells;
        }
        return ((List<?>) answer).size();
    }

    @Override
    public Set<String> ids(CompareMain.Question question, Object answer) {
        Set<String> out = new HashSet<>();
        switch (question) {
            case MEMBERS_AT -> ((List<?>) answer).forEach(r -> out.add(((Rows.Member) r).id().toString()));
            case PARTIES_AT -> ((List<?>) answer).forEach(r -> {
                Rows.Party p = (Rows.Party) r;
                out.add(p.id() + "=" + status(p));
            });
            // the comparators hold the record as it stands; Normscope's history also shows earlier versions and retractions
            case HISTORY -> ((List<?>) answer).stream().map(r -> (Rows.Event) r).filter(e -> e.state().equals("current"))
                    .forEach(e -> out.add(e.statement()));
            case MATRIX -> ((Rows.Matrix) answer).rows().forEach(row -> row.cells().forEach((i, p) ->
                    out.add(i + "|" + row.id() + "=" + status(p))));
            case DIFF -> ((List<?>) answer).forEach(r -> {
                Rows.Change c = (Rows.Change) r;
                out.add(c.object() + "|" + c.subject() + "=" + c.change());
            });
        }
        return out;
    }

    private static String status(Rows.Party p) {
        return p.status().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void heapGrew(long bytes) {
        heapBytes = bytes;
    }

    @Override
    public String footprint() {
        return String.format(Locale.ROOT, "heap +%,d MB (world and snapshot)", heapBytes >> 20);
    }
}
