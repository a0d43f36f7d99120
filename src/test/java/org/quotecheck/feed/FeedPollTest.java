package org.quotecheck.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.ArticleView;
import org.quotecheck.article.IngestCommand;
import org.quotecheck.fetch.NewsFixtureServer;
import org.quotecheck.support.ConflictException;
import org.quotecheck.support.NotFoundException;
import org.quotecheck.support.PageRequest;

/**
 * Polling feeds against the loopback fixture and the real PostgreSQL: new items become articles,
 * conditional GETs, changed feeds, hostile documents, backoff, the lease that keeps two pollers
 * off one feed.
 */
@QuarkusTest
class FeedPollTest {

    static final NewsFixtureServer news = NewsFixtureServer.shared();
    static final String RSS = "application/rss+xml; charset=utf-8";

    @Inject
    FeedService feeds;

    @Inject
    FeedPoller poller;

    @Inject
    FeedStore store;

    @Inject
    ArticleService articles;

    @Inject
    EntityManager em;

    private static String id() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private FeedView register(String path) {
        return feeds.register(news.url(path), null, 60, "admin");
    }

    private Map<String, FeedItemView> items(long feed) {
        return feeds.items(feed, new PageRequest(0, 100)).items().stream()
                .collect(Collectors.toMap(FeedItemView::key, i -> i));
    }

    /** Leaves only these feeds due, so that a scheduled run here polls nothing of other tests. */
    private void onlyDue(List<Long> ids) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE feed SET next_poll_at = now() + interval '1 day' WHERE id NOT IN (:ids)")
                    .setParameter("ids", ids).executeUpdate();
            em.createNativeQuery("UPDATE feed SET next_poll_at = now() - interval '1 second' WHERE id IN (:ids)")
                    .setParameter("ids", ids).executeUpdate();
        });
    }

    @Test
    void newItemsBecomeArticlesAFailedItemIsRecordedAndTheFeedShowsItsCounts() {
        String id = id();
        String path = "/f/" + id + "/rss.xml";
        news.feed(path, RSS, FeedFixtures.text("rss2.xml", id), false);
        FeedView feed = register(path);
        assertNull(feed.lastPolledAt());

        FeedPoll poll = feeds.pollNow(feed.id());
        assertEquals(new PollOutcome("OK", 3, 3, 2, 0, 1, 0, null), poll.poll());
        FeedView after = poll.feed();
        assertEquals(2, after.articleCount());
        assertEquals(1, after.failedItems());
        assertEquals("OK", after.lastStatus());
        assertNull(after.lastError());
        assertNotNull(after.lastPolledAt());
        assertEquals(Duration.ofMinutes(60), Duration.between(after.lastPolledAt(), after.nextPollAt()));

        Map<String, FeedItemView> items = items(feed.id());
        FeedItemView gone = items.get(news.url("/gone"));
        assertEquals("FAILED", gone.status());
        assertTrue(gone.error().contains("HTTP 410"), gone.error());
        FeedItemView first = items.get("harbor-" + id + "-a");
        assertEquals("INGESTED", first.status());
        ArticleView article = articles.get(first.articleId());
        assertEquals("Story " + id + "-a", article.title(), "the page's title wins over the item's");
        assertEquals(Instant.parse("2024-03-05T10:00:00Z"), article.publishedAt(), "the page has no date: the item's");

        // polled again at once: the known items are not fetched again, the failed one is retried
        FeedPoll again = feeds.pollNow(feed.id());
        assertEquals(new PollOutcome("OK", 3, 1, 0, 0, 1, 0, null), again.poll());
        assertEquals(1, news.hits("/gen/" + id + "-a"));
        assertEquals(1, news.hits("/gen/" + id + "-b"));
        assertEquals(2, items(feed.id()).get(news.url("/gone")).attempts());
        assertEquals(2, again.feed().articleCount());
    }

    @Test
    void aConditionalGetAnswered304FetchesNothingAndAChangedFeedBringsOnlyItsNewItems() {
        String id = id();
        String path = "/f/" + id + "/conditional.xml";
        NewsFixtureServer.Feed served = news.feed(path, RSS, FeedFixtures.text("rss1.xml", id), true);
        FeedView feed = register(path);
        assertEquals("OK", feeds.pollNow(feed.id()).poll().status());

        FeedPoll unchanged = feeds.pollNow(feed.id());
        assertEquals(PollOutcome.notModified(), unchanged.poll());
        assertEquals(1, served.notModified.get(), "the fixture answered 304 once");
        assertEquals(1, unchanged.feed().notModifiedPolls());
        assertEquals(1, news.hits("/gen/" + id + "-rdf"));

        served.set(RSS, FeedFixtures.text("rss1.xml", id).replace("</rdf:RDF>",
                "<item rdf:about=\"" + news.url("/gen/" + id + "-new") + "\"><title>New</title><link>"
                        + news.url("/gen/" + id + "-new") + "</link></item></rdf:RDF>"));
        FeedPoll changed = feeds.pollNow(feed.id());
        assertEquals(new PollOutcome("OK", 2, 1, 1, 0, 0, 0, null), changed.poll());
        assertEquals(1, news.hits("/gen/" + id + "-rdf"), "the old item was not fetched again");
        assertEquals(1, news.hits("/gen/" + id + "-new"));
        assertEquals(2, changed.feed().articleCount());
        assertEquals(1, served.notModified.get());
    }

    @Test
    void atomEntriesAreIngestedAndAnEntryWithoutALinkFailsOnItsOwn() {
        String id = id();
        String path = "/f/" + id + "/atom.xml";
        news.feed(path, "application/atom+xml", FeedFixtures.text("atom.xml", id), false);
        FeedView feed = register(path);
        FeedPoll poll = feeds.pollNow(feed.id());
        assertEquals(new PollOutcome("OK", 2, 2, 1, 0, 1, 0, null), poll.poll());
        FeedItemView entry = items(feed.id()).get("tag:gulfherald.example,2024:" + id);
        assertEquals(Instant.parse("2024-06-12T06:00:00Z"), articles.get(entry.articleId()).publishedAt());
        FeedItemView noLink = items(feed.id()).get("tag:gulfherald.example,2024:" + id + "-nolink");
        assertEquals("The item has no link to an article page.", noLink.error());
        // an item without a link is not tried again
        assertEquals(0, feeds.pollNow(feed.id()).poll().newItems());
    }

    @Test
    void anItemWhosePageIsStoredAlreadyIsNotFetchedAgainAndCountsForTheFeed() {
        String id = id();
        long stored = articles.ingest(new IngestCommand(null, null, news.url("/gen/" + id + "-a"), null, null, null))
                .article().id();
        assertEquals(1, news.hits("/gen/" + id + "-a"));
        String path = "/f/" + id + "/known.xml";
        news.feed(path, RSS, FeedFixtures.text("rss2.xml", id), false);
        FeedView feed = register(path);
        FeedPoll poll = feeds.pollNow(feed.id());
        assertEquals(1, poll.poll().duplicates());
        assertEquals(1, news.hits("/gen/" + id + "-a"), "fetched again");
        FeedItemView item = items(feed.id()).get("harbor-" + id + "-a");
        assertEquals("DUPLICATE", item.status());
        assertEquals(stored, item.articleId());
        assertEquals(2, poll.feed().articleCount());
    }

    @Test
    void garbageAndHostileFeedsEachGetTheirErrorAndTheRestGoesOn() throws Exception {
        String id = id();
        Path secret = Files.createTempFile("feed-secret", ".txt");
        String content = "TOP-SECRET-" + id;
        Files.writeString(secret, content);
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        String[][] cases = {
                {"garbage.xml", "not well-formed XML"},
                {"xxe-file.xml", "\"secret\" was referenced, but not declared"},
                {"xxe-http.xml", "\"external\" was referenced, but not declared"},
                {"laughs.xml", "\"lol9\" was referenced, but not declared"}};
        int externalBefore = news.hits("/evil.dtd") + news.hits("/xxe-parameter") + news.hits("/xxe-entity");
        for (String[] c : cases) {
            String path = "/f/" + id + "/" + c[0];
            news.feed(path, "application/xml", FeedFixtures.text(c[0], id).replace("{secretFile}",
                    secret.toAbsolutePath().toString()), false);
            FeedView f = register(path);
            ids.add(f.id());
            expected.put(Long.toString(f.id()), c[1]);
        }
        FeedView page = register("/news/article-tag.html?" + id);
        ids.add(page.id());
        expected.put(Long.toString(page.id()), "not an RSS or Atom feed");
        String good = "/f/" + id + "/good.xml";
        news.feed(good, RSS, FeedFixtures.text("rss2.xml", id), false);
        FeedView goodFeed = register(good);
        ids.add(goodFeed.id());
        onlyDue(ids);

        assertEquals(6, poller.pollDue());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            FeedView f = feeds.get(Long.parseLong(e.getKey()));
            assertEquals("FAILED", f.lastStatus(), f.url());
            assertTrue(f.lastError().contains(e.getValue()), f.url() + ": " + f.lastError());
            assertFalse(f.lastError().contains(content), f.lastError());
            assertEquals(1, f.consecutiveFailures());
            assertEquals(0, f.articleCount());
        }
        assertEquals(externalBefore, news.hits("/evil.dtd") + news.hits("/xxe-parameter") + news.hits("/xxe-entity"),
                "an external DTD or entity was fetched");
        assertEquals(0, news.hits("/gen/" + id + "-xxe") + news.hits("/gen/" + id + "-xxe-http"));
        FeedView ok = feeds.get(goodFeed.id());
        assertEquals("OK", ok.lastStatus());
        assertEquals(2, ok.articleCount());
        Files.delete(secret);
    }

    @Test
    void backoffDoublesWithEachFailureUpToTheCapAndResetsAfterASuccess() {
        String id = id();
        String path = "/f/" + id + "/down.xml";
        NewsFixtureServer.Feed served = news.feed(path, RSS, FeedFixtures.text("rss1.xml", id), false).status(503);
        FeedView feed = register(path);
        long[] hours = {2, 4, 8, 16, 24, 24};
        for (int i = 0; i < hours.length; i++) {
            FeedView f = feeds.pollNow(feed.id()).feed();
            assertEquals(i + 1, f.consecutiveFailures());
            assertTrue(f.lastError().contains("HTTP 503"), f.lastError());
            assertEquals(Duration.ofHours(hours[i]), Duration.between(f.lastPolledAt(), f.nextPollAt()), "failure " + (i + 1));
        }
        served.status(200);
        FeedView healed = feeds.pollNow(feed.id()).feed();
        assertEquals(0, healed.consecutiveFailures());
        assertNull(healed.lastError());
        assertEquals("OK", healed.lastStatus());
        assertEquals(Duration.ofHours(1), Duration.between(healed.lastPolledAt(), healed.nextPollAt()));
    }

    @Test
    void twoPollersNeverHoldTheSameFeed() throws Exception {
        String id = id();
        String path = "/f/" + id + "/leased.xml";
        NewsFixtureServer.Feed served = news.feed(path, RSS, FeedFixtures.text("rss1.xml", id), false);
        FeedView feed = register(path);
        onlyDue(List.of(feed.id()));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<FeedStore.Claim>>> claims = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return store.claimDue(600);
                }));
            }
            start.countDown();
            List<FeedStore.Claim> held = new ArrayList<>();
            for (Future<Optional<FeedStore.Claim>> c : claims) {
                c.get().ifPresent(held::add);
            }
            assertEquals(1, held.size(), "both or neither claimed the feed");
            assertEquals(feed.id(), held.get(0).id());
            assertTrue(feeds.get(feed.id()).polling());
            assertTrue(store.claim(feed.id(), 600).isEmpty(), "a held feed was claimed again");
            ConflictException busy = assertThrows(ConflictException.class, () -> feeds.pollNow(feed.id()));
            assertEquals("feed-busy", busy.slug());

            assertEquals("OK", poller.poll(held.get(0)).status());
            assertFalse(feeds.get(feed.id()).polling(), "the poll gave the lease back");
            assertEquals(1, served.requests.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoReplicasPollingAtOnceFetchEachDueFeedOnce() throws Exception {
        String id = id();
        List<NewsFixtureServer.Feed> served = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String path = "/f/" + id + "/replica-" + i + ".xml";
            served.add(news.feed(path, RSS, FeedFixtures.text("rss1.xml", id + "-" + i), false));
            ids.add(register(path).id());
        }
        onlyDue(ids);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return poller.pollDue();
                }));
            }
            start.countDown();
            assertEquals(4, runs.get(0).get() + runs.get(1).get());
        } finally {
            pool.shutdownNow();
        }
        for (NewsFixtureServer.Feed f : served) {
            assertEquals(1, f.requests.get(), "a feed was polled twice");
        }
    }

    @Test
    void aDisabledFeedIsNotPolledOnScheduleAndEnablingMakesItDue() {
        String id = id();
        String path = "/f/" + id + "/disabled.xml";
        NewsFixtureServer.Feed served = news.feed(path, RSS, FeedFixtures.text("rss1.xml", id), false);
        FeedView feed = register(path);
        assertFalse(feeds.update(feed.id(), false, null, null).enabled());
        onlyDue(List.of(feed.id()));
        assertEquals(0, poller.pollDue());
        assertEquals(0, served.requests.get());
        assertTrue(feeds.update(feed.id(), true, null, null).enabled());
        assertEquals(1, poller.pollDue());
        assertEquals(1, served.requests.get());
    }

    @Test
    void deletingAFeedKeepsTheArticlesItBrought() {
        String id = id();
        String path = "/f/" + id + "/deleted.xml";
        news.feed(path, RSS, FeedFixtures.text("rss1.xml", id), false);
        FeedView feed = register(path);
        feeds.pollNow(feed.id());
        long article = items(feed.id()).values().iterator().next().articleId();
        feeds.delete(feed.id());
        assertThrows(NotFoundException.class, () -> feeds.get(feed.id()));
        assertEquals(article, articles.get(article).id());
    }
}
