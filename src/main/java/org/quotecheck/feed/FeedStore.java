package org.quotecheck.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

/**
 * The {@code feed} and {@code feed_item} tables (native SQL: the claim needs {@code FOR UPDATE
 * SKIP LOCKED}). Every method is its own short transaction: a poll never holds a connection while
 * it fetches.
 */
@ApplicationScoped
class FeedStore {

    /** A feed held by a poller: what the poll needs, and the lease token that proves it still holds it. */
    record Claim(long id, String url, String etag, String lastModified, int intervalMinutes, int failures,
            UUID token) {
    }

    /** What is known of an item from earlier polls. */
    record Known(String status, int attempts) {
    }

    private static final String COLUMNS = "SELECT f.id, f.url, f.title, f.interval_minutes, f.enabled, f.created_by,"
            + " f.created_at, f.last_polled_at, f.last_success_at, f.last_status, f.last_error, f.consecutive_failures,"
            + " f.next_poll_at, (f.lease_until IS NOT NULL AND f.lease_until > now()),"
            + " (SELECT count(*) FROM feed_item i WHERE i.feed_id = f.id AND i.article_id IS NOT NULL),"
            + " (SELECT count(*) FROM feed_item i WHERE i.feed_id = f.id AND i.status = 'FAILED'),"
            + " f.polls, f.not_modified FROM feed f";
    private static final String CLAIMED = " RETURNING id, url, etag, last_modified, interval_minutes, consecutive_failures";

    private final EntityManager em;

    FeedStore(EntityManager em) {
        this.em = em;
    }

    /** The new feed's id, or empty when a feed with this URL exists. */
    Optional<Long> insert(String url, String title, int intervalMinutes, String createdBy) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("INSERT INTO feed (url, title,"
                        + " interval_minutes, created_by) VALUES (:url, CAST(:title AS text), :interval, :by)"
                        + " ON CONFLICT (url) DO NOTHING RETURNING id")
                .setParameter("url", url).setParameter("title", title).setParameter("interval", intervalMinutes)
                .setParameter("by", createdBy).getResultStream().findFirst().map(id -> ((Number) id).longValue()));
    }

    Optional<Long> idOf(String url) {
        return QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery("SELECT id FROM feed WHERE url = :url")
                .setParameter("url", url).getResultStream().findFirst().map(id -> ((Number) id).longValue()));
    }

    Optional<FeedView> view(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery(COLUMNS + " WHERE f.id = :id")
                .setParameter("id", id).getResultStream().findFirst().map(r -> view((Object[]) r)));
    }

    Page<FeedView> list(PageRequest page) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            long total = ((Number) em.createNativeQuery("SELECT count(*) FROM feed").getSingleResult()).longValue();
            List<?> rows = em.createNativeQuery(COLUMNS + " ORDER BY f.id DESC LIMIT :n OFFSET :o")
                    .setParameter("n", page.size()).setParameter("o", page.offset()).getResultList();
            return new Page<>(rows.stream().map(r -> view((Object[]) r)).toList(), page.page(), page.size(), total);
        });
    }

    /**
     * Changes what is given (null: unchanged; a blank title clears it). Enabling a feed makes it
     * due now; a shorter interval brings its next poll forward. False when there is no such feed.
     */
    boolean update(long id, Boolean enabled, String title, boolean clearTitle, Integer intervalMinutes) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("UPDATE feed SET"
                        + " title = CASE WHEN :clear THEN NULL ELSE coalesce(CAST(:title AS text), title) END,"
                        + " next_poll_at = CASE WHEN CAST(CAST(:enabled AS text) AS boolean) AND NOT enabled THEN now()"
                        + "   WHEN CAST(CAST(:interval AS text) AS integer) IS NOT NULL AND consecutive_failures = 0 THEN least(next_poll_at,"
                        + "     coalesce(last_polled_at, now()) + make_interval(mins => CAST(CAST(:interval AS text) AS integer)))"
                        + "   ELSE next_poll_at END,"
                        + " enabled = coalesce(CAST(CAST(:enabled AS text) AS boolean), enabled),"
                        + " interval_minutes = coalesce(CAST(CAST(:interval AS text) AS integer), interval_minutes) WHERE id = :id")
                .setParameter("clear", clearTitle).setParameter("title", title).setParameter("enabled", enabled == null ? null : enabled.toString())
                .setParameter("interval", intervalMinutes == null ? null : intervalMinutes.toString()).setParameter("id", id).executeUpdate() == 1);
    }

    boolean delete(long id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("DELETE FROM feed WHERE id = :id")
                .setParameter("id", id).executeUpdate() == 1);
    }

    // --- polling --------------------------------------------------------------------------------

    /**
     * Takes the most overdue enabled feed that no poller holds, and leases it, in one statement:
     * {@code SKIP LOCKED} passes over a row another replica is claiming this instant, and the lease
     * keeps everyone else off it until the poll ends (or the lease runs out).
     */
    Optional<Claim> claimDue(long leaseSeconds) {
        return claim("WHERE id = (SELECT id FROM feed WHERE enabled AND next_poll_at <= now()"
                + " AND (lease_until IS NULL OR lease_until <= now())"
                + " ORDER BY next_poll_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)", null, leaseSeconds);
    }

    /** Leases this feed whether due or not (poll now); empty when it is held (or does not exist). */
    Optional<Claim> claim(long id, long leaseSeconds) {
        return claim("WHERE id = (SELECT id FROM feed WHERE id = :id AND (lease_until IS NULL OR lease_until <= now())"
                + " FOR UPDATE SKIP LOCKED)", id, leaseSeconds);
    }

    private Optional<Claim> claim(String where, Long id, long leaseSeconds) {
        UUID token = UUID.randomUUID();
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery("UPDATE feed SET lease_until = now() + make_interval(secs => :lease),"
                    + " lease_token = :token " + where + CLAIMED)
                    .setParameter("lease", (double) leaseSeconds).setParameter("token", token);
            if (id != null) {
                q.setParameter("id", id);
            }
            return q.getResultStream().findFirst().map(o -> {
                Object[] r = (Object[]) o;
                return new Claim(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), token);
            });
        });
    }

    /** What earlier polls of the feed know of these item keys. */
    @SuppressWarnings("unchecked")
    Map<String, Known> known(long feedId, List<String> keys) {
        Map<String, Known> known = new HashMap<>();
        if (keys.isEmpty()) {
            return known;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<Object[]> rows = em.createNativeQuery("SELECT item_key, status, attempts FROM feed_item"
                    + " WHERE feed_id = :feed AND item_key IN (:keys)").setParameter("feed", feedId)
                    .setParameter("keys", keys).getResultList();
            rows.forEach(r -> known.put((String) r[0], new Known((String) r[1], ((Number) r[2]).intValue())));
        });
        return known;
    }

    /** Records an item's outcome (a retried item counts one more attempt); false when the feed is gone. */
    boolean recordItem(long feedId, FeedDocument.Item item, String status, String error, Long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("INSERT INTO feed_item (feed_id,"
                        + " item_key, link, title, published_at, status, error, article_id)"
                        + " SELECT :feed, :key, CAST(:link AS text), CAST(:title AS text),"
                        + " CAST(CAST(:published AS text) AS timestamptz), :status, CAST(:error AS text),"
                        + " CAST(CAST(:article AS text) AS bigint)"
                        + " WHERE EXISTS (SELECT 1 FROM feed WHERE id = :feed)"
                        + " ON CONFLICT (feed_id, item_key) DO UPDATE SET status = excluded.status, error = excluded.error,"
                        + " article_id = excluded.article_id, link = excluded.link, title = excluded.title,"
                        + " attempts = feed_item.attempts + 1, last_attempt_at = now()")
                .setParameter("feed", feedId).setParameter("key", item.key()).setParameter("link", item.link())
                .setParameter("title", item.title())
                .setParameter("published", item.published() == null ? null : item.published().toString())
                .setParameter("status", status).setParameter("error", error)
                .setParameter("article", articleId == null ? null : articleId.toString())
                .executeUpdate() == 1);
    }

    /** A poll that worked: new validators (null keeps none), counters, failures reset, the lease given back. */
    void finishOk(Claim c, String status, String etag, String lastModified, long nextPollSeconds) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE feed SET last_polled_at = now(),"
                        + " last_success_at = now(), last_status = :status, last_error = NULL, consecutive_failures = 0,"
                        + " etag = CAST(:etag AS text), last_modified = CAST(:modified AS text), polls = polls + 1,"
                        + " not_modified = not_modified + CASE WHEN :status = 'NOT_MODIFIED' THEN 1 ELSE 0 END,"
                        + " next_poll_at = now() + make_interval(secs => :next), lease_until = NULL, lease_token = NULL"
                        + " WHERE id = :id AND lease_token = :token")
                .setParameter("status", status).setParameter("etag", etag).setParameter("modified", lastModified)
                .setParameter("next", (double) nextPollSeconds).setParameter("id", c.id()).setParameter("token", c.token())
                .executeUpdate());
    }

    /** A poll that failed: the error, one more failure in a row, the next try after the backoff. */
    void finishFailed(Claim c, String error, long nextPollSeconds) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE feed SET last_polled_at = now(),"
                        + " last_status = 'FAILED', last_error = :error, consecutive_failures = consecutive_failures + 1,"
                        + " polls = polls + 1, next_poll_at = now() + make_interval(secs => :next),"
                        + " lease_until = NULL, lease_token = NULL WHERE id = :id AND lease_token = :token")
                .setParameter("error", error).setParameter("next", (double) nextPollSeconds).setParameter("id", c.id())
                .setParameter("token", c.token()).executeUpdate());
    }

    @SuppressWarnings("unchecked")
    Page<FeedItemView> items(long feedId, PageRequest page) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            long total = ((Number) em.createNativeQuery("SELECT count(*) FROM feed_item WHERE feed_id = :id")
                    .setParameter("id", feedId).getSingleResult()).longValue();
            List<Object[]> rows = em.createNativeQuery("SELECT item_key, link, title, published_at, status, error,"
                            + " attempts, article_id, first_seen_at, last_attempt_at FROM feed_item WHERE feed_id = :id"
                            + " ORDER BY last_attempt_at DESC, item_key LIMIT :n OFFSET :o")
                    .setParameter("id", feedId).setParameter("n", page.size()).setParameter("o", page.offset())
                    .getResultList();
            return new Page<>(rows.stream().map(r -> new FeedItemView((String) r[0], (String) r[1], (String) r[2],
                    instant(r[3]), (String) r[4], (String) r[5], ((Number) r[6]).intValue(),
                    r[7] == null ? null : ((Number) r[7]).longValue(), instant(r[8]), instant(r[9]))).toList(),
                    page.page(), page.size(), total);
        });
    }

    private static FeedView view(Object[] r) {
        return new FeedView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                (Boolean) r[4], (String) r[5], instant(r[6]), instant(r[7]), instant(r[8]), (String) r[9],
                (String) r[10], ((Number) r[11]).intValue(), instant(r[12]), (Boolean) r[13],
                ((Number) r[14]).longValue(), ((Number) r[15]).longValue(), ((Number) r[16]).intValue(),
                ((Number) r[17]).intValue());
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return Instant.parse(o.toString());
    }
}
