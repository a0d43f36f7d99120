package org.quotecheck.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.quotecheck.article.UrlKey;
import org.quotecheck.fetch.PageFetcher;
import org.quotecheck.support.ConflictException;
import org.quotecheck.support.Inputs;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.NotFoundException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

/** Registering, changing, listing, deleting and polling feeds: what the API and the desk call. */
@ApplicationScoped
public class FeedService {

    static final int MAX_URL = 2048;
    static final int MAX_TITLE = 500;
    static final int MAX_INTERVAL_MINUTES = 10080;

    private final FeedStore store;
    private final FeedPoller poller;
    private final PageFetcher fetcher;
    private final FeedConfig config;

    FeedService(FeedStore store, FeedPoller poller, PageFetcher fetcher, FeedConfig config) {
        this.store = store;
        this.poller = poller;
        this.fetcher = fetcher;
        this.config = config;
    }

    /**
     * Registers a feed, due at once. The URL must be http(s) and its host must resolve to addresses
     * quotecheck may fetch (checked now, and again at every poll); the same URL twice is a conflict.
     *
     * @throws InvalidInputException a missing or non-http(s) URL, a bad title or interval (400)
     * @throws org.quotecheck.fetch.FetchException the host is internal or unknown (422)
     * @throws ConflictException the feed is registered already (409, with its {@code feedId})
     */
    public FeedView register(String url, String title, Integer intervalMinutes, String user) {
        String checked = Inputs.httpUrl("url", url, MAX_URL);
        if (checked == null) {
            throw InvalidInputException.of("url", "url is required: the address of an RSS or Atom feed.");
        }
        String t = Inputs.optional("title", title, MAX_TITLE);
        int interval = interval(intervalMinutes == null ? config.defaultIntervalMinutes() : intervalMinutes);
        String key = UrlKey.of(checked);
        store.idOf(key).ifPresent(id -> {
            throw duplicate(key, id);
        });
        fetcher.checkTarget(key);
        long id = store.insert(key, t, interval, user).orElseThrow(() -> duplicate(key, store.idOf(key).orElse(0L)));
        return get(id);
    }

    private static ConflictException duplicate(String url, long id) {
        return new ConflictException("feed-exists", "Feed exists", "The feed " + url + " is registered already (feed "
                + id + ").", Map.of("feedId", id));
    }

    int interval(int minutes) {
        if (minutes < config.minIntervalMinutes() || minutes > MAX_INTERVAL_MINUTES) {
            throw InvalidInputException.of("intervalMinutes", "intervalMinutes must be a whole number of minutes from "
                    + config.minIntervalMinutes() + " to " + MAX_INTERVAL_MINUTES + " (a week); got " + minutes + ".");
        }
        return minutes;
    }

    public FeedView get(long id) {
        return store.view(id).orElseThrow(() -> new NotFoundException("feed", id));
    }

    public Page<FeedView> list(PageRequest page) {
        return store.list(page);
    }

    public Page<FeedItemView> items(long id, PageRequest page) {
        get(id);
        return store.items(id, page);
    }

    /** Changes what is given (null: unchanged; a blank title clears it). */
    public FeedView update(long id, Boolean enabled, String title, Integer intervalMinutes) {
        boolean clear = title != null && title.isBlank();
        String t = clear ? null : Inputs.optional("title", title, MAX_TITLE);
        Integer interval = intervalMinutes == null ? null : interval(intervalMinutes);
        if (!store.update(id, enabled, t, clear, interval)) {
            throw new NotFoundException("feed", id);
        }
        return get(id);
    }

    /** Deletes the feed and its item records; the articles its items became stay. */
    public void delete(long id) {
        if (!store.delete(id)) {
            throw new NotFoundException("feed", id);
        }
    }

    /**
     * Polls the feed now (enabled or not), bounded like a scheduled poll: at most
     * {@code max-items-per-poll} new items within {@code poll-budget}.
     *
     * @throws ConflictException another poller holds the feed right now (409 {@code feed-busy})
     */
    public FeedPoll pollNow(long id) {
        get(id);
        PollOutcome outcome = poller.pollNow(id).orElseThrow(() -> new ConflictException("feed-busy", "Feed busy",
                "Feed " + id + " is being polled right now; its result will show on the feed.", Map.of("feedId", id)));
        return new FeedPoll(get(id), outcome);
    }
}
