package org.normscope.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.normscope.bundle.Bundle;
import org.normscope.bundle.BundleException;
import org.normscope.ledger.Ledger;
import org.normscope.model.Details;
import org.normscope.model.Entity;
import org.normscope.model.Expression;
import org.normscope.model.Id;
import org.normscope.model.Problem;
import org.normscope.model.Rules;
import org.normscope.model.Statement;
import org.normscope.model.Transaction;
import org.normscope.search.SearchIndex;
import org.normscope.world.Snapshot;
import org.normscope.world.World;

/**
 * One open store: the ledger and the world built from it. Data flows one way — bundle → validate
 * → ledger → world — and a write is applied to the world only after the ledger made it durable.
 */
public final class Normscope implements AutoCloseable {
    /** What an import did. {@code transaction} is 0 when there was nothing new to record. */
    public record ImportResult(long transaction, int asserted, int retracted, List<String> warnings) {
    }

    private final Ledger ledger;
    private final World world;
    private final Clock clock;
    private @Nullable Path indexFolder;
    private @Nullable SearchIndex search;

    private Normscope(Ledger ledger, World world, Clock clock) {
        this.ledger = ledger;
        this.world = world;
        this.clock = clock;
    }

    /** Keeps the search index in this folder (else in memory); it is opened on first use. */
    public Normscope indexIn(Path folder) {
        this.indexFolder = folder;
        return this;
    }

    /**
     * The search index, in step with the ledger: opened on first use, and rebuilt if it is missing
     * or behind. If another process holds the folder's index, this one searches an index in memory.
     */
    public synchronized SearchIndex search() {
        if (search == null) {
            SearchIndex index;
            if (indexFolder == null) {
                index = SearchIndex.inMemory();
            } else {
                try {
                    index = SearchIndex.open(indexFolder);
                } catch (RuntimeException e) {
                    index = SearchIndex.inMemory();
                }
            }
            index.sync(world.now(), world.lastTransaction());
            search = index;
        }
        return search;
    }

    /** Rebuilds the search index from the world. */
    public synchronized int reindex() {
        SearchIndex index = search();
        index.rebuild(world.now(), world.lastTransaction());
        return index.size();
    }

    /**
     * Opens the store at {@code jdbcUrl} and builds the world from its ledger. An empty store is
     * first loaded with the bundled dataset when {@code seed} is set.
     */
    public static Normscope open(String jdbcUrl, Clock clock, boolean seed) {
        Ledger ledger = Ledger.open(jdbcUrl);
        try {
            World world = new World(clock);
            List<Transaction> all = new ArrayList<>();
            ledger.read(0, all::add);
            world.applyAll(all);
            Normscope n = new Normscope(ledger, world, clock);
            if (seed && all.isEmpty()) {
                n.importBundle(Bundle.readBundled(), "normscope", "load the bundled dataset into an empty store");
            }
            return n;
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    public World world() {
        return world;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Validates the bundle against itself and the store, then records what differs from the
     * store in one transaction. Nothing is written if any problem is found; importing the same
     * bundle twice records nothing the second time.
     */
    public synchronized ImportResult importBundle(Bundle bundle, String author, String reason) {
        List<String> problems = new ArrayList<>(bundle.problems());
        Snapshot now = world.now();
        Map<Id, Entity> entities = new HashMap<>(now.entities());
        entities.putAll(bundle.entities());
        List<Statement> statements = new ArrayList<>();
        now.statementsByOwner().forEach((owner, list) -> {
            if (!bundle.entities().containsKey(owner)) {
                statements.addAll(list);
            }
        });
        bundle.statements().values().forEach(statements::addAll);
        List<String> warnings = new ArrayList<>();
        for (Problem p : Rules.check(entities, statements, bundle::isFrom)) {
            (p.isError() ? problems : warnings).add(bundle.locate(p));
        }
        if (!problems.isEmpty()) {
            problems.sort(Normscope::byFileAndLine);
            throw new BundleException(problems);
        }
        List<Transaction.Change> changes = new ArrayList<>();
        int retracted = 0;
        for (Entity e : bundle.entities().values()) {
            if (!e.equals(now.entity(e.id()).orElse(null))) {
                changes.add(Transaction.Change.assertion(e));
            }
            Map<String, Statement> before = new HashMap<>();
            now.statementsOf(e.id()).forEach(s -> before.put(s.id(), s));
            for (Statement s : bundle.statements().getOrDefault(e.id(), List.of())) {
                if (!Objects.equals(before.remove(s.id()), s)) {
                    changes.add(Transaction.Change.assertion(s));
                }
            }
            for (String gone : before.keySet().stream().sorted().toList()) {
                changes.add(Transaction.Change.retraction(gone, e.id()));
                retracted++;
            }
        }
        if (changes.isEmpty()) {
            return new ImportResult(0, 0, 0, warnings);
        }
        Transaction tx = ledger.append(author, reason, changes, clock);
        world.apply(tx);
        if (search != null) {
            Set<Id> touched = new java.util.TreeSet<>();
            for (Transaction.Change c : changes) {
                touched.add(c.owner());
                if (c.value() instanceof Statement st) {
                    touched.addAll(st.references());
                }
            }
            search.update(world.now(), touched, tx.id());
        }
        return new ImportResult(tx.id(), changes.size() - retracted, retracted, warnings);
    }

    private static final java.util.regex.Pattern LOCATED = java.util.regex.Pattern.compile("(.*?):(\\d+): .*", java.util.regex.Pattern.DOTALL);

    /** Orders {@code file:line: message} texts by file, then by line number. */
    private static int byFileAndLine(String a, String b) {
        java.util.regex.Matcher x = LOCATED.matcher(a);
        java.util.regex.Matcher y = LOCATED.matcher(b);
        if (x.matches() && y.matches()) {
            int c = x.group(1).compareTo(y.group(1));
            return c != 0 ? c : Long.compare(Long.parseLong(x.group(2)), Long.parseLong(y.group(2)));
        }
        return 0;
    }

    /** Checks the whole store: problems as {@code <file of the owner>: message}, errors first. */
    public List<String> check() {
        Snapshot now = world.now();
        List<Statement> statements = new ArrayList<>();
        now.statementsByOwner().values().forEach(statements::addAll);
        Map<Object, Id> expressionOwners = new IdentityHashMap<>();
        for (Entity e : now.entities().values()) {
            if (e.details() instanceof Details.InstrumentDetails d) {
                for (Expression x : d.expressions()) {
                    expressionOwners.put(x, e.id());
                }
            }
        }
        List<String> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(Rules.check(now.entities(), statements, o -> true));
        problems.sort((a, b) -> a.severity().compareTo(b.severity()));
        for (Problem p : problems) {
            Id owner = switch (p.subject()) {
                case Entity e -> e.id();
                case Statement s -> s.owner();
                default -> expressionOwners.get(p.subject());
            };
            String file = owner == null ? "?" : owner.kind().prefix() + "/" + owner.key() + ".yaml";
            out.add((p.isError() ? "error: " : "warning: ") + file + ": " + p.message());
        }
        return out;
    }

    @Override
    public synchronized void close() {
        if (search != null) {
            search.close();
        }
        ledger.close();
    }
}
