package org.quotecheck.kafka;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells a failure that is the article's own (it would fail again, however often it is retried:
 * a value the database refuses, a bug met by this one text) from a transient one that is no
 * fault of the message (the database is down or restarting, a connection was lost, a lock or
 * transaction timed out, a deadlock, another replica stored the same text at the same moment).
 * Only the first kind may send a message to the dead-letter topic.
 */
final class Failures {

    private static final Set<String> TRANSIENT_TYPES = Set.of(
            "jakarta.transaction.RollbackException",
            "jakarta.transaction.SystemException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.QueryTimeoutException",
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.PessimisticLockException",
            "org.hibernate.QueryTimeoutException",
            "io.quarkus.narayana.jta.QuarkusTransactionException",
            "java.util.concurrent.TimeoutException",
            "java.net.SocketException",
            "java.io.EOFException");

    private Failures() {
    }

    /** True when retrying later may succeed: never a reason to dead-letter the message. */
    static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        boolean transientSeen = false;
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("22") || (state.startsWith("23") && !state.equals("23505")))) {
                    return false; // a data exception or integrity violation: this article's values
                }
                transientSeen = true; // connection (08), authorisation (28), resources (53), shutdown (57),
                                      // rollback/deadlock (40), lock not available (55P03), pool timeout (none)
            } else if (TRANSIENT_TYPES.contains(t.getClass().getName())) {
                transientSeen = true;
            }
        }
        return transientSeen;
    }
}
