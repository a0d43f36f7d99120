package org.quotecheck.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V50 (speaker types) on a database that already holds quotations: migrates a scratch schema of
 * the test database to V41, stores rows as the application did before, then applies V50 and checks
 * the back-fill and the constraints.
 */
@QuarkusTest
class SpeakerTypeMigrationTest {

    private static final String SCHEMA = "v50_migration_check";

    @Inject
    DataSource dataSource;

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration")
                .target(target).load();
    }

    @Test
    void existingSpeakersBecomeOtherAndOnlyQuotationsWithASpeakerGetAType() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            try {
                flyway("41").migrate();
                s.execute("SET search_path TO " + SCHEMA);
                s.execute("INSERT INTO article (id, sha256, text, extractor_version) VALUES (1, '" + "a".repeat(64)
                        + "', '“One,” said Ann Roe. “Two,” an aide said. “Three.”', 'old')");
                s.execute("INSERT INTO speaker (id, name, name_key, role) VALUES (1, 'Ann Roe', 'ann roe', 'Mayor')");
                s.execute("""
                        INSERT INTO quotation (id, article_id, start_offset, end_offset, text, prefix, suffix,
                            speaker_id, extracted_speaker_id, speaker_role, mention_text, mention_start, mention_end,
                            rule, confidence)
                        VALUES (1, 1, 1, 5, 'One,', '“', '”', 1, 1, 'Mayor', 'Ann Roe', 12, 19, 'r', 0.9),
                               (2, 1, 22, 26, 'Two,', '“', '”', NULL, NULL, NULL, 'an aide', 28, 35, 'r', 0.5),
                               (3, 1, 44, 50, 'Three.', '“', '”', NULL, NULL, NULL, NULL, NULL, NULL, 'none', 0)""");

                flyway("50").migrate();

                assertEquals("OTHER", one(s, "SELECT type FROM speaker WHERE id = 1"));
                assertEquals("OTHER", one(s, "SELECT speaker_type FROM quotation WHERE id = 1"));
                assertEquals("OTHER", one(s, "SELECT speaker_type FROM quotation WHERE id = 2"));
                assertNull(one(s, "SELECT speaker_type FROM quotation WHERE id = 3"));
                // a new speaker row without a type is OTHER; the columns take only the three values
                s.execute("INSERT INTO speaker (id, name, name_key) VALUES (2, 'Bo Lee', 'bo lee')");
                assertEquals("OTHER", one(s, "SELECT type FROM speaker WHERE name_key = 'bo lee'"));
                assertRefused(s, "UPDATE speaker SET type = 'person' WHERE id = 1");
                assertRefused(s, "UPDATE speaker SET type = NULL WHERE id = 1");
                assertRefused(s, "UPDATE quotation SET speaker_type = 'PLACE' WHERE id = 1");
                // a quotation with an extracted speaker always has its type
                assertRefused(s, "UPDATE quotation SET speaker_type = NULL WHERE id = 1");
                assertRefused(s, "UPDATE quotation SET speaker_type = NULL WHERE id = 2");
                s.execute("UPDATE quotation SET speaker_type = 'ORGANIZATION' WHERE id = 1");
            } finally {
                s.execute("SET search_path TO DEFAULT");
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void assertRefused(Statement s, String sql) {
        assertThrows(SQLException.class, () -> s.execute(sql), sql);
    }
}
