package org.normscope.bench;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.normscope.model.Id;

/**
 * Apache Jena TDB2 queried with SPARQL, the data modelled the way Wikidata models it: each fact
 * is a statement node hanging off an item ({@code p:}), with its main value ({@code ps:}) and
 * qualifiers ({@code pq:}).
 *
 * <pre>
 * wd:state/AAA p:memberOf wds:… .   wds:… ps:memberOf wd:org/GEN-0001 ; pq:role "member" ; pq:roleRank 0 ;
 *                                         pq:start -2861 ; pq:end 365 .
 * wd:instrument/x p:action wds:… .  wds:… ps:action wd:state/AAA ; pq:type "ratification" ; pq:cat "C" ;
 *                                         pq:date 10713 ; pq:ord 1010723… ; pq:effective 10743 .
 * wd:instrument/x wdt:inForce 10500 ; wdt:inForceOrd 1010…
 * </pre>
 *
 * Like Wikidata's "earliest date" and "latest date" qualifiers, {@code pq:start} is the first
 * day the start could be and {@code pq:end} the last day the end could be (no {@code pq:end}:
 * open); {@code pq:date} and {@code pq:effective} are first possible days and {@code pq:ord} the
 * date's place in Normscope's order (see {@link CompareData}). Days are xsd:integer day numbers
 * (days since 1970-01-01), not xsd:date: ARQ parses an xsd:date for every comparison in a
 * FILTER (about 3 µs each here), while integers compare almost for free. The statement node's
 * IRI carries Normscope's statement id.
 *
 * <p>The store is a TDB2 database in a temporary directory (memory-mapped, so in the page
 * cache; TDB2's in-memory mode was about twice as slow per index lookup), loaded with TDB2's
 * phased bulk loader. TDB2 indexes every triple three ways (SPO, POS, OSP), so a pattern with
 * two terms bound is one index range. The queries are parsed once and run with their parameters
 * substituted, each in its own read transaction.
 */
public final class JenaContender implements Contender {
    static final String NS = "http://normscope.org/";
    static final String WD = NS + "entity/";
    static final String WDS = NS + "statement/";
    static final String PREFIXES = """
            PREFIX wd: <http://normscope.org/entity/>
            PREFIX p: <http://normscope.org/prop/>
            PREFIX ps: <http://normscope.org/prop/statement/>
            PREFIX pq: <http://normscope.org/prop/qualifier/>
            PREFIX wdt: <http://normscope.org/prop/direct/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    static final String MEMBERS = PREFIXES + """
            SELECT ?member WHERE {
              ?st ps:memberOf ?org ; pq:start ?s .
              FILTER(?s <= ?d)
              OPTIONAL { ?st pq:end ?e }
              FILTER(!BOUND(?e) || ?e >= ?d)
              ?st pq:role "member" .
              ?member p:memberOf ?st .
            } ORDER BY ?member""";

    /**
     * The latest action of each kind (by pq:ord) among those possibly done by ?d, then the status
     * rules. {@code %1$s} is the grouping ({@code ?actor} for one instrument, given by substitution;
     * {@code ?i ?actor} for the matrix), {@code %2$s} a VALUES block for the matrix. (Substituting
     * ?i into a GROUP BY ?i makes Jena 6.0.0 fail with "Peek iterator is already empty" when no
     * action qualifies, hence the two forms.)
     */
    static final String PARTIES = PREFIXES + """
            SELECT ?i ?actor ?status WHERE {
              { SELECT %1$s (MAX(IF(?cat = "C", ?ord, -1)) AS ?cOrd) (MAX(IF(?cat = "W", ?ord, -1)) AS ?wOrd)
                                 (MAX(IF(?cat = "S", 1, 0)) AS ?signed) (MAX(IF(?cat = "P", 1, 0)) AS ?sponsored)
                WHERE { %2$s ?i p:action ?st . ?st pq:date ?lo . FILTER(?lo <= ?d) ?st ps:action ?actor ; pq:cat ?cat ; pq:ord ?ord . }
                GROUP BY %1$s }
              OPTIONAL { ?i p:action ?c . ?c pq:ord ?cOrd ; ps:action ?actor ; pq:cat "C" ; pq:date ?cLo .
                         OPTIONAL { ?c pq:effective ?cEff } }
              OPTIONAL { ?i p:action ?w . ?w pq:ord ?wOrd ; ps:action ?actor ; pq:cat "W" ; pq:date ?wLo .
                         OPTIONAL { ?w pq:effective ?wEff } }
              OPTIONAL { ?i wdt:inForce ?fLo ; wdt:inForceOrd ?fOrd }
              BIND(IF(?wOrd > ?cOrd && COALESCE(?wEff, ?wLo) <= ?d, "withdrawn",
                   IF(?cOrd >= 0 && IF(BOUND(?cEff), ?cEff <= ?d, BOUND(?fOrd) && IF(?cOrd >= ?fOrd, ?cLo, ?fLo) <= ?d), "bound",
                   IF(?cOrd >= 0, "consented",
                   IF(?signed = 1, "signatory",
                   IF(?sponsored = 1, "sponsor", ""))))) AS ?status)
              FILTER(?status != "")
            } ORDER BY ?i ?actor""";

    static final String HISTORY = PREFIXES + """
            SELECT ?st ?other ?what ?day WHERE {
              { ?state p:memberOf ?st . ?st ps:memberOf ?other ; pq:role ?what ; pq:start ?day }
              UNION
              { ?st ps:action ?state . ?other p:action ?st . ?st pq:type ?what ; pq:date ?day }
            } ORDER BY ?day ?st""";

    /** One pass over the memberships that may hold at some time between the dates; highest role at each date. */
    static final String DIFF = PREFIXES + """
            SELECT ?org ?member ?b ?a WHERE {
              { SELECT ?org ?member (MIN(IF(?s <= ?from && (!BOUND(?e) || ?e >= ?from), ?rr, 99)) AS ?b)
                                    (MIN(IF(?s <= ?to && (!BOUND(?e) || ?e >= ?to), ?rr, 99)) AS ?a)
                WHERE { ?st pq:start ?s . FILTER(?s <= ?to)
                        OPTIONAL { ?st pq:end ?e }
                        FILTER(!BOUND(?e) || ?e >= ?from)
                        ?st ps:memberOf ?org ; pq:roleRank ?rr .
                        ?member p:memberOf ?st }
                GROUP BY ?org ?member }
              FILTER(?b != ?a)
            }""";

    private static final Var ORG = Var.alloc("org");
    private static final Var I = Var.alloc("i");
    private static final Var D = Var.alloc("d");
    private static final Var STATE = Var.alloc("state");
    private static final Var FROM = Var.alloc("from");
    private static final Var TO = Var.alloc("to");

    private Path dir;
    private DatasetGraph dsg;
    private Query members;
    private Query parties;
    private Query history;
    private Query diff;
    private long heapBytes;
    private long triples;

    @Override
    public String name() {
        return "jena-sparql";
    }

    @Override
    public void load(CompareData data) throws Exception {
        // Jena 6.0.0's TDB2 throws "Peek iterator is already empty" when it reorders a basic graph
        // pattern whose input has no solutions (as after a filter that matched nothing). With no
        // reorder transformation (none set here, and no stats.opt in the database directory) the
        // patterns run in the order written, and each query here is written in the order it should run.
        SystemTDB.setDefaultReorderTransform(null);
        dir = Files.createTempDirectory("normscope-compare-tdb2");
        dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        Node pMember = uri(NS + "prop/memberOf");
        Node psMember = uri(NS + "prop/statement/memberOf");
        Node pAction = uri(NS + "prop/action");
        Node psAction = uri(NS + "prop/statement/action");
        Node role = uri(NS + "prop/qualifier/role");
        Node roleRank = uri(NS + "prop/qualifier/roleRank");
        Node start = uri(NS + "prop/qualifier/start");
        Node end = uri(NS + "prop/qualifier/end");
        Node type = uri(NS + "prop/qualifier/type");
        Node cat = uri(NS + "prop/qualifier/cat");
        Node date = uri(NS + "prop/qualifier/date");
        Node ord = uri(NS + "prop/qualifier/ord");
        Node effective = uri(NS + "prop/qualifier/effective");
        Node inForce = uri(NS + "prop/direct/inForce");
        Node inForceOrd = uri(NS + "prop/direct/inForceOrd");
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> { });
        loader.startBulk();
        try {
            StreamRDF out = loader.streamRDF();
            long[] count = {0};
            java.util.function.Consumer<Triple> add = t -> {
                out.triple(t);
                count[0]++;
            };
            out.start();
            for (CompareData.MembershipRow r : data.membershipRows) {
                Node st = statement(r.sid());
                add.accept(Triple.create(entity(r.member()), pMember, st));
                add.accept(Triple.create(st, psMember, entity(r.org())));
                add.accept(Triple.create(st, role, NodeFactory.createLiteralString(r.role())));
                add.accept(Triple.create(st, roleRank, integer(r.roleRank())));
                add.accept(Triple.create(st, start, integer(r.startLo())));
                if (r.endHi() != CompareData.OPEN_END) {
                    add.accept(Triple.create(st, end, integer(r.endHi())));
                }
            }
            for (CompareData.ActionRow r : data.actionRows) {
                Node st = statement(r.sid());
                add.accept(Triple.create(entity(r.instrument()), pAction, st));
                add.accept(Triple.create(st, psAction, entity(r.actor())));
                add.accept(Triple.create(st, type, NodeFactory.createLiteralString(r.type())));
                add.accept(Triple.create(st, cat, NodeFactory.createLiteralString(r.cat())));
                add.accept(Triple.create(st, date, integer(r.dateLo())));
                add.accept(Triple.create(st, ord, integer(r.dateOrd())));
                if (r.effLo() != null) {
                    add.accept(Triple.create(st, effective, integer(r.effLo())));
                }
            }
            for (CompareData.InstrumentRow r : data.instrumentRows) {
                if (r.forceLo() != null) {
                    add.accept(Triple.create(entity(r.id()), inForce, integer(r.forceLo())));
                    add.accept(Triple.create(entity(r.id()), inForceOrd, integer(r.forceOrd())));
                }
            }
            out.finish();
            loader.finishBulk();
            triples = count[0];
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        members = QueryFactory.create(MEMBERS);
        parties = QueryFactory.create(String.format(PARTIES, "?actor", ""));
        history = QueryFactory.create(HISTORY);
        diff = QueryFactory.create(DIFF);
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node entity(String id) {
        return uri(WD + id);
    }

    private static Node statement(String sid) {
        return uri(WDS + URLEncoder.encode(sid, StandardCharsets.UTF_8));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node day(LocalDate d) {
        return integer(d.toEpochDay());
    }

    /** Runs a query with its parameters in a read transaction; every row, the named columns as strings. */
    private List<String[]> select(Query q, Binding params, String... columns) {
        return Txn.calculateRead(dsg, () -> {
            List<String[]> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).substitution(params).build()) {
                RowSet rs = qe.select();
                Var[] vars = new Var[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    vars[i] = Var.alloc(columns[i]);
                }
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    String[] row = new String[vars.length];
                    for (int i = 0; i < vars.length; i++) {
                        Node n = b.get(vars[i]);
                        row[i] = n == null ? null : n.isURI() ? local(n.getURI()) : n.getLiteralLexicalForm();
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    /** {@code state/AAA} from an entity IRI, the statement id from a statement IRI. */
    private static String local(String uri) {
        if (uri.startsWith(WD)) {
            return uri.substring(WD.length());
        }
        return URLDecoder.decode(uri.substring(WDS.length()), StandardCharsets.UTF_8);
    }

    @Override
    public Object membersAt(Id org, LocalDate at) {
        return select(members, BindingBuilder.create().add(ORG, entity(org.toString())).add(D, day(at)).build(), "member");
    }

    @Override
    public Object partiesAt(Id instrument, LocalDate at) {
        return select(parties, BindingBuilder.create().add(I, entity(instrument.toString())).add(D, day(at)).build(), "actor", "status");
    }

    @Override
    public Object history(Id state) {
        return select(history, BindingBuilder.create().add(STATE, entity(state.toString())).build(), "st", "other", "what", "day");
    }

    /** The column instruments differ at each call: the query gets them in a VALUES block and is parsed each time. */
    @Override
    public Object matrix(List<Id> instruments, LocalDate at) {
        StringBuilder values = new StringBuilder("VALUES ?i {");
        for (Id i : instruments) {
            values.append(" <").append(WD).append(i).append('>');
        }
        values.append(" }");
        Query q = QueryFactory.create(String.format(PARTIES, "?i ?actor", values));
        return select(q, BindingBuilder.create().add(D, day(at)).build(), "i", "actor", "status");
    }

    @Override
    public Object diff(LocalDate from, LocalDate to) {
        List<String[]> rows = select(diff, BindingBuilder.create().add(FROM, day(from)).add(TO, day(to)).build(), "org", "member", "b", "a");
        for (String[] r : rows) {
            r[2] = SqlSupport.change("99".equals(r[2]) ? null : r[2], "99".equals(r[3]) ? null : r[3]);
        }
        return rows;
    }

    @Override
    public void heapGrew(long bytes) {
        heapBytes = bytes;
    }

    @Override
    public String footprint() {
        return String.format(Locale.ROOT, "%,d triples, heap +%,d MB", triples, heapBytes >> 20);
    }

    @Override
    public void close() {
        if (dsg != null) {
            TDBInternal.expel(dsg);
        }
        if (dir != null) {
            StarterData.deleteTree(dir);
        }
    }
}
