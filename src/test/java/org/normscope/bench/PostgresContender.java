package org.normscope.bench;

import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.normscope.model.Id;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL over JDBC (a local server: same machine, TCP loopback), in a schema of its own that
 * {@link #close()} drops. Days are {@code date}s, open ends {@code infinity}. Loaded with COPY, indexes
 * built after the rows, then VACUUM ANALYZE (the visibility map lets the covering indexes answer
 * without touching the tables). The JDBC driver turns the repeated queries into server-side
 * prepared statements after five runs.
 *
 * <pre>
 * memberships(id int PRIMARY KEY, sid, org, member, role, role_rank smallint, start_lo date, end_hi date, start_text, end_text)
 *   memberships_at   btree (org, role, start_lo) INCLUDE (end_hi, member)          members-at
 *   memberships_member btree (member)                                             history
 * actions(id int PRIMARY KEY, sid, instrument, actor, type, cat, date_lo date, date_ord bigint, eff_lo date, date_text, eff_text)
 *   actions_at btree (instrument, date_lo) INCLUDE (actor, cat, date_ord, eff_lo)  parties-at, matrix
 *   actions_actor btree (actor)                                                   history
 * instruments(id text PRIMARY KEY, force_lo date, force_ord bigint)
 * </pre>
 *
 * The diff reads the whole membership table in one pass (a sequential scan and a hash
 * aggregate): between two random dates most periods are candidates, so no index would help.
 */
final class PostgresContender implements Contender {
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    static final String SCHEMA = """
            CREATE TABLE memberships(id int PRIMARY KEY, sid text NOT NULL, org text NOT NULL, member text NOT NULL,
              role text NOT NULL, role_rank smallint NOT NULL, start_lo date NOT NULL, end_hi date NOT NULL,
              start_text text, end_text text);
            CREATE TABLE actions(id int PRIMARY KEY, sid text NOT NULL, instrument text NOT NULL, actor text NOT NULL,
              type text NOT NULL, cat text NOT NULL, date_lo date NOT NULL, date_ord bigint NOT NULL, eff_lo date,
              date_text text, eff_text text);
            CREATE TABLE instruments(id text PRIMARY KEY, force_lo date, force_ord bigint)""";
    static final String[] INDEXES = {
        "CREATE INDEX memberships_at ON memberships(org, role, start_lo) INCLUDE (end_hi, member)",
        "CREATE INDEX memberships_member ON memberships(member)",
        "CREATE INDEX actions_at ON actions(instrument, date_lo) INCLUDE (actor, cat, date_ord, eff_lo)",
        "CREATE INDEX actions_actor ON actions(actor)",
    };

    static final String MEMBERS = """
            SELECT member FROM memberships
            WHERE org = ? AND role = 'member' AND start_lo <= ? AND end_hi >= ?
            ORDER BY member""";

    /** As {@link SqliteContender#PARTIES}; {@code ?1} is the date, bound at each of its places. */
    static final String PARTIES = """
            WITH a AS (
              SELECT instrument, actor, cat, date_lo, date_ord, eff_lo,
                     row_number() OVER (PARTITION BY instrument, actor, cat ORDER BY date_ord DESC) AS rn
              FROM actions WHERE %s AND date_lo <= ?),
            l AS (
              SELECT instrument, actor,
                     max(date_ord) FILTER (WHERE cat = 'C') AS c_ord,
                     max(date_lo) FILTER (WHERE cat = 'C') AS c_lo,
                     max(eff_lo) FILTER (WHERE cat = 'C') AS c_eff,
                     max(date_ord) FILTER (WHERE cat = 'W') AS w_ord,
                     max(coalesce(eff_lo, date_lo)) FILTER (WHERE cat = 'W') AS w_when,
                     bool_or(cat = 'S') AS signed,
                     bool_or(cat = 'P') AS sponsored
              FROM a WHERE rn = 1 GROUP BY instrument, actor),
            s AS (
              SELECT l.instrument, l.actor, CASE
                  WHEN w_ord IS NOT NULL AND (c_ord IS NULL OR w_ord > c_ord) AND w_when <= ?::date THEN 'withdrawn'
                  WHEN c_ord IS NOT NULL AND CASE WHEN c_eff IS NOT NULL THEN c_eff <= ?::date
                                                  WHEN i.force_ord IS NULL THEN false
                                                  ELSE (CASE WHEN c_ord >= i.force_ord THEN c_lo ELSE i.force_lo END) <= ?::date END
                       THEN 'bound'
                  WHEN c_ord IS NOT NULL THEN 'consented'
                  WHEN signed THEN 'signatory'
                  WHEN sponsored THEN 'sponsor' END AS status
              FROM l LEFT JOIN instruments i ON i.id = l.instrument)
            SELECT %s, status FROM s WHERE status IS NOT NULL ORDER BY instrument, actor""";

    static final String HISTORY = """
            SELECT sid, org, role, start_lo AS day FROM memberships WHERE member = ?
            UNION ALL
            SELECT sid, instrument, type, date_lo FROM actions WHERE actor = ?
            ORDER BY day, sid""";

    static final String DIFF = """
            SELECT org, member, b, a FROM (
              SELECT org, member,
                     min(role_rank) FILTER (WHERE start_lo <= ? AND end_hi >= ?) AS b,
                     min(role_rank) FILTER (WHERE start_lo <= ? AND end_hi >= ?) AS a
              FROM memberships WHERE start_lo <= ? AND end_hi >= ?
              GROUP BY org, member) t
            WHERE b IS DISTINCT FROM a""";

    private final String url;
    private final String schema = "normscope_compare_" + ProcessHandle.current().pid();
    private Connection c;
    private PreparedStatement members;
    private PreparedStatement parties;
    private PreparedStatement matrix;
    private PreparedStatement history;
    private PreparedStatement diff;

    PostgresContender(String url) {
        this.url = url;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public void load(CompareData data) throws Exception {
        c = DriverManager.getConnection(url);
        SqlSupport.exec(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema,
                "SET search_path TO " + schema);
        c.setAutoCommit(false);
        SqlSupport.exec(c, SCHEMA.split(";"));
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        int[] id = {0};
        copyIn(copy, "memberships", data.membershipRows, (CompareData.MembershipRow r) -> new Object[] {
            ++id[0], r.sid(), r.org(), r.member(), r.role(), r.roleRank(), day(r.startLo()), day(r.endHi()), r.from(), r.to()});
        id[0] = 0;
        copyIn(copy, "actions", data.actionRows, (CompareData.ActionRow r) -> new Object[] {
            ++id[0], r.sid(), r.instrument(), r.actor(), r.type(), r.cat(), day(r.dateLo()), r.dateOrd(),
            r.effLo() == null ? null : day(r.effLo()), r.date(), r.effective()});
        copyIn(copy, "instruments", data.instrumentRows, (CompareData.InstrumentRow r) -> new Object[] {
            r.id(), r.forceLo() == null ? null : day(r.forceLo()), r.forceOrd()});
        SqlSupport.exec(c, INDEXES);
        c.commit();
        c.setAutoCommit(true);
        SqlSupport.exec(c, "VACUUM ANALYZE");
        members = c.prepareStatement(MEMBERS);
        parties = c.prepareStatement(String.format(PARTIES, "instrument = ?", "actor"));
        matrix = c.prepareStatement(String.format(PARTIES, "instrument = ANY (?)", "instrument, actor"));
        history = c.prepareStatement(HISTORY);
        diff = c.prepareStatement(DIFF);
    }

    private static String day(int epochDay) {
        return epochDay == CompareData.OPEN_END ? "infinity"
                : epochDay == CompareData.OPEN_START ? "-infinity" : LocalDate.ofEpochDay(epochDay).toString();
    }

    /** COPY in text format, 50,000 rows at a time. */
    private static <T> void copyIn(CopyManager copy, String table, List<T> rows, Function<T, Object[]> fields) throws Exception {
        StringBuilder b = new StringBuilder();
        Consumer<StringBuilder> flush = sb -> {
            try {
                copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(sb.toString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            sb.setLength(0);
        };
        int n = 0;
        for (T row : rows) {
            Object[] f = fields.apply(row);
            for (int i = 0; i < f.length; i++) {
                if (i > 0) {
                    b.append('\t');
                }
                b.append(f[i] == null ? "\\N" : f[i].toString());
            }
            b.append('\n');
            if (++n % 50_000 == 0) {
                flush.accept(b);
            }
        }
        if (!b.isEmpty()) {
            flush.accept(b);
        }
    }

    @Override
    public Object membersAt(Id org, LocalDate at) throws SQLException {
        members.setString(1, org.toString());
        members.setObject(2, at);
        members.setObject(3, at);
        return SqlSupport.read(members);
    }

    @Override
    public Object partiesAt(Id instrument, LocalDate at) throws SQLException {
        parties.setString(1, instrument.toString());
        for (int i = 2; i <= 5; i++) {
            parties.setObject(i, at);
        }
        return SqlSupport.read(parties);
    }

    @Override
    public Object history(Id state) throws SQLException {
        history.setString(1, state.toString());
        history.setString(2, state.toString());
        return SqlSupport.read(history);
    }

    @Override
    public Object matrix(List<Id> instruments, LocalDate at) throws SQLException {
        Array ids = c.createArrayOf("text", instruments.stream().map(Id::toString).toArray());
        matrix.setArray(1, ids);
        for (int i = 2; i <= 5; i++) {
            matrix.setObject(i, at);
        }
        return SqlSupport.read(matrix);
    }

    @Override
    public Object diff(LocalDate from, LocalDate to) throws SQLException {
        LocalDate[] args = {from, from, to, to, to, from};
        for (int i = 0; i < args.length; i++) {
            diff.setObject(i + 1, args[i]);
        }
        List<String[]> rows = SqlSupport.read(diff);
        for (String[] r : rows) {
            r[2] = SqlSupport.change(r[2], r[3]);
        }
        return rows;
    }

    @Override
    public String footprint() {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        + "WHERE n.nspname = ? AND c.relkind = 'r'")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return String.format(Locale.ROOT, "tables and indexes %,d MB", rs.getLong(1) >> 20);
            }
        } catch (SQLException e) {
            return "";
        }
    }

    @Override
    public void close() throws Exception {
        if (c != null) {
            try {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                SqlSupport.exec(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } finally {
                c.close();
            }
        }
    }
}
