package org.normscope.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.normscope.model.Id;

/**
 * SQLite in a file, through the same JDBC driver Normscope's ledger uses. Days are INTEGER epoch
 * days (cheap to compare, compact in indexes); the partial dates themselves stay beside them as
 * text for display. Loaded in one transaction with journal and sync off, indexes built after the
 * rows, then ANALYZE. Queries are prepared once and reused.
 *
 * <pre>
 * memberships(id INTEGER PRIMARY KEY, sid, org, member, role, role_rank, start_lo, end_hi, start_text, end_text)
 *   memberships_at   (org, role, start_lo, end_hi, member)    members-at: covering, seek to the org, range on start_lo
 *   memberships_pair (org, member, role_rank, start_lo, end_hi) diff: covering, groups arrive in order
 *   memberships_member (member)                               history
 * actions(id INTEGER PRIMARY KEY, sid, instrument, actor, type, cat, date_lo, date_ord, eff_lo, date_text, eff_text)
 *   actions_at (instrument, date_lo, actor, cat, date_ord, eff_lo) parties-at, matrix: covering
 *   actions_actor (actor)                                      history
 * instruments(id PRIMARY KEY, force_lo, force_ord) WITHOUT ROWID
 * </pre>
 */
final class SqliteContender implements Contender {
    static final String SCHEMA = """
            CREATE TABLE memberships(id INTEGER PRIMARY KEY, sid TEXT NOT NULL, org TEXT NOT NULL, member TEXT NOT NULL,
              role TEXT NOT NULL, role_rank INTEGER NOT NULL, start_lo INTEGER NOT NULL, end_hi INTEGER NOT NULL,
              start_text TEXT, end_text TEXT);
            CREATE TABLE actions(id INTEGER PRIMARY KEY, sid TEXT NOT NULL, instrument TEXT NOT NULL, actor TEXT NOT NULL,
              type TEXT NOT NULL, cat TEXT NOT NULL, date_lo INTEGER NOT NULL, date_ord INTEGER NOT NULL, eff_lo INTEGER,
              date_text TEXT, eff_text TEXT);
            CREATE TABLE instruments(id TEXT PRIMARY KEY, force_lo INTEGER, force_ord INTEGER) WITHOUT ROWID;
            """;
    static final String[] INDEXES = {
        "CREATE INDEX memberships_at ON memberships(org, role, start_lo, end_hi, member)",
        "CREATE INDEX memberships_pair ON memberships(org, member, role_rank, start_lo, end_hi)",
        "CREATE INDEX memberships_member ON memberships(member)",
        "CREATE INDEX actions_at ON actions(instrument, date_lo, actor, cat, date_ord, eff_lo)",
        "CREATE INDEX actions_actor ON actions(actor)",
    };

    static final String MEMBERS = """
            SELECT member FROM memberships
            WHERE org = ?1 AND role = 'member' AND start_lo <= ?2 AND end_hi >= ?2
            ORDER BY member""";

    /**
     * Status per (instrument, actor): the latest action of each kind among those possibly done by
     * ?1, then Snapshot.status's rules in a CASE. {@code %s} is the instrument condition.
     */
    static final String PARTIES = """
            WITH a AS (
              SELECT instrument, actor, cat, date_lo, date_ord, eff_lo,
                     row_number() OVER (PARTITION BY instrument, actor, cat ORDER BY date_ord DESC) AS rn
              FROM actions WHERE %s AND date_lo <= ?1),
            l AS (
              SELECT instrument, actor,
                     max(CASE WHEN cat = 'C' THEN date_ord END) AS c_ord,
                     max(CASE WHEN cat = 'C' THEN date_lo END) AS c_lo,
                     max(CASE WHEN cat = 'C' THEN eff_lo END) AS c_eff,
                     max(CASE WHEN cat = 'W' THEN date_ord END) AS w_ord,
                     max(CASE WHEN cat = 'W' THEN coalesce(eff_lo, date_lo) END) AS w_when,
                     max(cat = 'S') AS signed,
                     max(cat = 'P') AS sponsored
              FROM a WHERE rn = 1 GROUP BY instrument, actor),
            s AS (
              SELECT l.instrument, l.actor, CASE
                  WHEN w_ord IS NOT NULL AND (c_ord IS NULL OR w_ord > c_ord) AND w_when <= ?1 THEN 'withdrawn'
                  WHEN c_ord IS NOT NULL AND CASE WHEN c_eff IS NOT NULL THEN c_eff <= ?1
                                                  WHEN i.force_ord IS NULL THEN 0
                                                  ELSE (CASE WHEN c_ord >= i.force_ord THEN c_lo ELSE i.force_lo END) <= ?1 END
                       THEN 'bound'
                  WHEN c_ord IS NOT NULL THEN 'consented'
                  WHEN signed THEN 'signatory'
                  WHEN sponsored THEN 'sponsor' END AS status
              FROM l LEFT JOIN instruments i ON i.id = l.instrument)
            SELECT %s, status FROM s WHERE status IS NOT NULL ORDER BY instrument, actor""";

    static final String HISTORY = """
            SELECT sid, org, role, start_lo AS day FROM memberships WHERE member = ?1
            UNION ALL
            SELECT sid, instrument, type, date_lo FROM actions WHERE actor = ?1
            ORDER BY day, sid""";

    static final String DIFF = """
            SELECT org, member, b, a FROM (
              SELECT org, member,
                     min(CASE WHEN start_lo <= ?1 AND end_hi >= ?1 THEN role_rank END) AS b,
                     min(CASE WHEN start_lo <= ?2 AND end_hi >= ?2 THEN role_rank END) AS a
              FROM memberships WHERE start_lo <= ?2 AND end_hi >= ?1
              GROUP BY org, member)
            WHERE b IS NOT a""";

    private Path dir;
    private Connection c;
    private PreparedStatement members;
    private PreparedStatement parties;
    private PreparedStatement history;
    private PreparedStatement diff;
    private final Map<Integer, PreparedStatement> matrices = new HashMap<>();

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public void load(CompareData data) throws Exception {
        dir = Files.createTempDirectory("normscope-compare-sqlite");
        c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("compare.db"));
        SqlSupport.exec(c, "PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-262144",
                "PRAGMA temp_store=MEMORY", "PRAGMA mmap_size=1073741824");
        c.setAutoCommit(false);
        for (String s : SCHEMA.split(";")) {
            if (!s.isBlank()) {
                SqlSupport.exec(c, s);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO memberships VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            int id = 0;
            for (CompareData.MembershipRow r : data.membershipRows) {
                ps.setInt(1, ++id);
                ps.setString(2, r.sid());
                ps.setString(3, r.org());
                ps.setString(4, r.member());
                ps.setString(5, r.role());
                ps.setInt(6, r.roleRank());
                ps.setInt(7, r.startLo());
                ps.setInt(8, r.endHi());
                ps.setString(9, r.from());
                ps.setString(10, r.to());
                ps.addBatch();
                if (id % 10_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actions VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int id = 0;
            for (CompareData.ActionRow r : data.actionRows) {
                ps.setInt(1, ++id);
                ps.setString(2, r.sid());
                ps.setString(3, r.instrument());
                ps.setString(4, r.actor());
                ps.setString(5, r.type());
                ps.setString(6, r.cat());
                ps.setInt(7, r.dateLo());
                ps.setLong(8, r.dateOrd());
                if (r.effLo() == null) {
                    ps.setNull(9, Types.INTEGER);
                } else {
                    ps.setInt(9, r.effLo());
                }
                ps.setString(10, r.date());
                ps.setString(11, r.effective());
                ps.addBatch();
                if (id % 10_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO instruments VALUES (?,?,?)")) {
            for (CompareData.InstrumentRow r : data.instrumentRows) {
                ps.setString(1, r.id());
                if (r.forceLo() == null) {
                    ps.setNull(2, Types.INTEGER);
                    ps.setNull(3, Types.INTEGER);
                } else {
                    ps.setInt(2, r.forceLo());
                    ps.setLong(3, r.forceOrd());
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        SqlSupport.exec(c, INDEXES);
        SqlSupport.exec(c, "ANALYZE");
        c.commit();
        c.setAutoCommit(true);
        members = c.prepareStatement(MEMBERS);
        parties = c.prepareStatement(String.format(PARTIES, "instrument = ?2", "actor"));
        history = c.prepareStatement(HISTORY);
        diff = c.prepareStatement(DIFF);
    }

    @Override
    public Object membersAt(Id org, LocalDate at) throws SQLException {
        members.setString(1, org.toString());
        members.setLong(2, at.toEpochDay());
        return SqlSupport.read(members);
    }

    @Override
    public Object partiesAt(Id instrument, LocalDate at) throws SQLException {
        parties.setLong(1, at.toEpochDay());
        parties.setString(2, instrument.toString());
        return SqlSupport.read(parties);
    }

    @Override
    public Object history(Id state) throws SQLException {
        history.setString(1, state.toString());
        return SqlSupport.read(history);
    }

    @Override
    public Object matrix(List<Id> instruments, LocalDate at) throws SQLException {
        PreparedStatement ps = matrices.get(instruments.size());
        if (ps == null) {
            StringBuilder in = new StringBuilder("instrument IN (");
            for (int i = 0; i < instruments.size(); i++) {
                in.append(i == 0 ? "" : ",").append('?').append(i + 2);
            }
            ps = c.prepareStatement(String.format(PARTIES, in.append(')'), "instrument, actor"));
            matrices.put(instruments.size(), ps);
        }
        ps.setLong(1, at.toEpochDay());
        for (int i = 0; i < instruments.size(); i++) {
            ps.setString(i + 2, instruments.get(i).toString());
        }
        return SqlSupport.read(ps);
    }

    @Override
    public Object diff(LocalDate from, LocalDate to) throws SQLException {
        diff.setLong(1, from.toEpochDay());
        diff.setLong(2, to.toEpochDay());
        List<String[]> rows = SqlSupport.read(diff);
        for (String[] r : rows) {
            r[2] = SqlSupport.change(r[2], r[3]);
        }
        return rows;
    }

    @Override
    public String footprint() {
        try {
            return String.format(Locale.ROOT, "file %,d MB", Files.size(dir.resolve("compare.db")) >> 20);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws Exception {
        if (c != null) {
            c.close();
        }
        if (dir != null) {
            StarterData.deleteTree(dir);
        }
    }
}
