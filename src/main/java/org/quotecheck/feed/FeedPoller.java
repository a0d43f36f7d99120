package org.quotecheck.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.quotecheck.article.ArticleService;
import org.quotecheck.fetch.FetchException;
import org.quotecheck.fetch.FetchedFeed;
import org.quotecheck.fetch.PageFetcher;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.UnprocessableException;

/**
 * Polls feeds: claims one (see {@link FeedStore#claimDue}), fetches its document with a
 * conditional GET, reads it, ingests the items not seen before through the URL ingest, and
 * records the outcome. A feed that cannot be fetched or read gets its error and waits longer
 * after each failure in a row (the interval doubled each time, up to {@code max-backoff}); an
 * item whose page fails gets its own error and the poll goes on. Each item is stored in its own
 * transactions, so a poll cut short (a crash, a lost lease) leaves every item either whole or
 * untouched, and the next poll takes up the rest.
 */
@ApplicationScoped
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    private final FeedStore store;
    private final PageFetcher fetcher;
    private final ArticleService articles;
    private final FeedConfig config;

    FeedPoller(FeedStore store, PageFetcher fetcher, ArticleService articles, FeedConfig config) {
        this.store = store;
        this.fetcher = fetcher;
        this.articles = articles;
        this.config = config;
    }

    /** Polls due feeds, one after another, up to {@code feeds-per-run}; returns how many it polled. */
    public int pollDue() {
        int polled = 0;
        while (polled < config.feedsPerRun()) {
            Optional<FeedStore.Claim> claim = store.claimDue(config.lease().toSeconds());
            if (claim.isEmpty()) {
                break;
            }
            poll(claim.get());
            polled++;
        }
        return polled;
    }

    /** Polls this feed now if no one else is; empty when another poller holds it (or it is gone). */
    Optional<PollOutcome> pollNow(long id) {
        return store.claim(id, config.lease().toSeconds()).map(this::poll);
    }

    PollOutcome poll(FeedStore.Claim claim) {
        try {
            return pollClaimed(claim);
        } catch (RuntimeException e) {
            // a database hiccup or a bug: the feed keeps a failure, never a stuck lease
            String id = UUID.randomUUID().toString();
            LOG.errorf(e, "Feed %d: the poll failed (error id %s)", claim.id(), id);
            return fail(claim, "The poll failed inside quotecheck (error id " + id + ").");
        }
    }

    private PollOutcome pollClaimed(FeedStore.Claim claim) {
        long started = System.nanoTime();
        FetchedFeed fetched;
        FeedDocument document;
        try {
            fetched = fetcher.fetchFeed(claim.url(), claim.etag(), claim.lastModified(), config.maxBytes().asLongValue());
            if (fetched.notModified()) {
                store.finishOk(claim, "NOT_MODIFIED", fetched.etag(), fetched.lastModified(), intervalSeconds(claim));
                return PollOutcome.notModified();
            }
            document = FeedDocument.parse(fetched.body(), fetched.url(), config.maxItemsRead());
        } catch (FetchException | InvalidInputException e) {
            return fail(claim, e.getMessage());
        } catch (FeedDocument.FormatException e) {
            return fail(claim, e.getMessage());
        }

        List<FeedDocument.Item> items = document.items();
        Map<String, FeedStore.Known> known = store.known(claim.id(), items.stream().map(FeedDocument.Item::key)
                .distinct().toList());
        List<FeedDocument.Item> todo = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (FeedDocument.Item item : items) {
            FeedStore.Known k = known.get(item.key());
            // an item without a usable link stays failed: another try cannot give it one
            boolean retry = k != null && k.status().equals("FAILED") && k.attempts() < config.itemMaxAttempts()
                    && FeedDocument.httpLink(null, item.link()) != null;
            if ((k == null || retry) && keys.add(item.key())) {
                todo.add(item);
            }
        }
        long budget = started + config.pollBudget().toNanos();
        int ingested = 0;
        int duplicates = 0;
        int failed = 0;
        int tried = 0;
        for (FeedDocument.Item item : todo) {
            if (tried >= config.maxItemsPerPoll() || System.nanoTime() > budget) {
                break;
            }
            tried++;
            String status = ingest(claim, item);
            if (status == null) {
                return PollOutcome.failed("The feed was deleted during the poll.");
            }
            switch (status) {
                case "INGESTED" -> ingested++;
                case "DUPLICATE" -> duplicates++;
                default -> failed++;
            }
        }
        int left = todo.size() - tried;
        // Items left over: keep no validators, so that the next poll reads the document again even
        // if it has not changed, and come back soon.
        store.finishOk(claim, "OK", left > 0 ? null : fetched.etag(), left > 0 ? null : fetched.lastModified(),
                left > 0 ? Math.min(config.backlogDelay().toSeconds(), intervalSeconds(claim)) : intervalSeconds(claim));
        return new PollOutcome("OK", items.size(), tried, ingested, duplicates, failed, left, null);
    }

    /** Ingests one item and records it; its status, or null when the feed no longer exists. */
    private String ingest(FeedStore.Claim claim, FeedDocument.Item item) {
        String link = FeedDocument.httpLink(null, item.link());
        if (link == null) {
            boolean kept = store.recordItem(claim.id(), item, "FAILED", item.link() == null
                    ? "The item has no link to an article page." : "The item's link is not an http(s) URL.", null);
            return kept ? "FAILED" : null;
        }
        String status;
        String error = null;
        Long article = null;
        try {
            ArticleService.Stored stored = articles.storeFeedItem(link, item.title(),
                    item.published() == null ? null : item.published().toString());
            status = stored.created() ? "INGESTED" : "DUPLICATE";
            article = stored.id();
        } catch (InvalidInputException | UnprocessableException e) {
            status = "FAILED";
            error = FeedDocument.clip(e.getMessage(), 1000);
        } catch (RuntimeException e) {
            String id = UUID.randomUUID().toString();
            LOG.errorf(e, "Feed %d: item %s could not be stored (error id %s)", claim.id(), link, id);
            status = "FAILED";
            error = "The article could not be stored (error id " + id + ").";
        }
        return store.recordItem(claim.id(), item, status, error, article) ? status : null;
    }

    private PollOutcome fail(FeedStore.Claim claim, String error) {
        String message = FeedDocument.clip(error == null ? "The feed could not be polled." : error, 1000);
        store.finishFailed(claim, message, backoffSeconds(claim.intervalMinutes(), claim.failures() + 1,
                config.maxBackoff().toSeconds()));
        return PollOutcome.failed(message);
    }

    private static long intervalSeconds(FeedStore.Claim claim) {
        return claim.intervalMinutes() * 60L;
    }

    /**
     * The wait after {@code failures} failed polls in a row: the interval doubled for each, never
     * more than {@code maxSeconds} (unless the interval itself is longer) and never less than the interval.
     */
    static long backoffSeconds(int intervalMinutes, int failures, long maxSeconds) {
        long interval = intervalMinutes * 60L;
        long wait = interval << Math.min(Math.max(failures, 0), 20);
        return Math.max(interval, Math.min(wait, maxSeconds));
    }
}
