package org.normscope.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shared pieces of the comparators that answer with rows of strings (SQL and SPARQL). */
final class SqlSupport {
    private SqlSupport() {
    }

    /** Runs a prepared query and reads every row, every column as a string. */
    static List<String[]> read(PreparedStatement ps) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static void exec(Connection c, String... sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /**
     * The shared id form of an answer given as rows: members-at {@code member}; parties-at
     * {@code actor, status}; history {@code statement id, …}; matrix and diff
     * {@code instrument|org, actor|member, status|change}.
     */
    static Set<String> ids(CompareMain.Question question, Object answer) {
        Set<String> out = new HashSet<>();
        for (Object o : (List<?>) answer) {
            String[] r = (String[]) o;
            out.add(switch (question) {
                case MEMBERS_AT, HISTORY -> r[0];
                case PARTIES_AT -> r[0] + "=" + r[1];
                case MATRIX, DIFF -> r[0] + "|" + r[1] + "=" + r[2];
                case SEARCH, SEARCH_PAGE -> throw new IllegalArgumentException("not a record question: " + question);
            });
        }
        return out;
    }

    /** The change a diff row stands for, from the highest role before ({@code b}) and after ({@code a}). */
    static String change(@org.jspecify.annotations.Nullable String b, @org.jspecify.annotations.Nullable String a) {
        return b == null ? "joined" : a == null ? "left" : "role-changed";
    }
}
