package org.quotecheck.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is unavailable" (503 + Retry-After) rather than a defect (500). */
class DatabaseOutageTest {

    @Test
    void aRefusedConnectionIsAnOutage() {
        assertTrue(ProblemMapper.databaseUnavailable(new RuntimeException(
                new SQLException("Connection to localhost:5432 refused", "08001"))));
    }

    @Test
    void aPoolTimeoutIsAnOutage() {
        assertTrue(ProblemMapper.databaseUnavailable(new IllegalStateException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void anAdministratorShutdownIsAnOutage() {
        assertTrue(ProblemMapper.databaseUnavailable(new SQLException("terminating connection", "57P01")));
    }

    @Test
    void aBrokenQueryIsNot() {
        assertFalse(ProblemMapper.databaseUnavailable(new RuntimeException(
                new SQLException("syntax error at or near", "42601"))));
        assertFalse(ProblemMapper.databaseUnavailable(new NullPointerException()));
    }
}
