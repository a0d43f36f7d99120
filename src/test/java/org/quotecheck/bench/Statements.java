package org.quotecheck.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where PostgreSQL spends an ingest's time: with {@code -Dquotecheck.load.statements=N} a load
 * benchmark starts its embedded server with {@code pg_stat_statements} and prints the N statements
 * with the most total execution time over the measured phase. A CPU figure says that the database
 * is the bottleneck; this says which query.
 */
final class Statements {

    private Statements() {
    }

    static int top() {
        return Integer.getInteger("quotecheck.load.statements", 0);
    }

    /**
     * The embedded server, with the statistics library preloaded when asked for, and its data kept
     * in {@code -Dquotecheck.load.data=DIR} when given (to study the ingested rows afterwards with
     * {@code pg_ctl -D DIR start} and psql).
     */
    static EmbeddedPostgres.Builder server() {
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setServerConfig("max_connections", "100");
        String data = System.getProperty("quotecheck.load.data", "");
        if (!data.isBlank()) {
            b = b.setDataDirectory(java.nio.file.Path.of(data)).setCleanDataDirectory(false);
        }
        return top() > 0 ? b.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.max", "1000")
                .setServerConfig("pg_stat_statements.track_planning", "on") : b;
    }

    /** Clears the statistics (the phase to be measured starts). */
    static void reset(EmbeddedPostgres pg) throws SQLException {
        if (top() > 0) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                s.execute("SELECT pg_stat_statements_reset()");
            }
        }
    }

    /** Prints the statements with the most total execution time since {@link #reset}. */
    static void print(EmbeddedPostgres pg, String phase) throws SQLException {
        if (top() <= 0) {
            return;
        }
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet all = s.executeQuery("SELECT sum(total_exec_time), sum(total_plan_time), sum(calls), count(*)"
                        + " FROM pg_stat_statements")) {
            // the whole, against which the top statements are read (and PostgreSQL's CPU time beside it)
            all.next();
            System.out.printf("%s: all statements %.0f ms executing, %.0f ms planning, %d calls of %d kinds%n", phase,
                    all.getDouble(1), all.getDouble(2), all.getLong(3), all.getLong(4));
        }
        System.out.printf("%s: top %d statements by execution and planning time (ms executing, calls, ms mean, rows,"
                + " ms planning, plans)%n", phase, top());
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT total_exec_time, calls, mean_exec_time, rows,"
                        + " regexp_replace(query, '\\s+', ' ', 'g'), total_plan_time, plans FROM pg_stat_statements"
                        + " ORDER BY total_exec_time + total_plan_time DESC LIMIT " + top())) {
            while (r.next()) {
                String q = r.getString(5);
                System.out.printf("%10.0f %8d %9.2f %9d %8.0f %8d  %s%n", r.getDouble(1), r.getLong(2), r.getDouble(3),
                        r.getLong(4), r.getDouble(6), r.getLong(7), q.length() > 220 ? q.substring(0, 220) + "…" : q);
            }
        }
    }
}
