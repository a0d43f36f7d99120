package org.quotecheck.support;

import jakarta.persistence.EntityManager;
import java.util.SortedSet;

/**
 * Transaction-scoped PostgreSQL advisory locks on text keys ({@code pg_advisory_xact_lock(class,
 * hashtext(key))}), many in one statement: an import batch takes a few hundred of them up front,
 * and one round trip each was a fortieth of the statements of an ingest. Keys are taken in the
 * order given (ascending), so that two transactions taking overlapping sets queue instead of
 * deadlocking; a caller taking one key uses the same order.
 */
public final class AdvisoryLocks {

    private static final char SEPARATOR = '\u001f';

    private AdvisoryLocks() {
    }

    /** Takes the locks of {@code keys} in {@code lockClass}, in ascending order, until the transaction ends. */
    public static void lock(EntityManager em, int lockClass, SortedSet<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        for (String key : keys) {
            // the separator cannot occur in a key: normalised words, name keys, hashes and URLs have no control characters
            joined.append(joined.isEmpty() ? "" : String.valueOf(SEPARATOR)).append(key.replace(SEPARATOR, ' '));
        }
        // unnest yields the array's elements in order, and the aggregate takes them as they come
        em.createNativeQuery("SELECT count(pg_advisory_xact_lock(:c, hashtext(k))) FROM"
                + " unnest(string_to_array(:keys, chr(31))) AS k").setParameter("c", lockClass)
                .setParameter("keys", joined.toString()).getSingleResult();
    }
}
