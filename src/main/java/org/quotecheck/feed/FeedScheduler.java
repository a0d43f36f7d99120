package org.quotecheck.feed;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Looks for due feeds every {@code quotecheck.feeds.poll-every} on each replica (never two runs at
 * once on one replica; replicas share the work through the feed leases). {@code off} disables it.
 */
@ApplicationScoped
class FeedScheduler {

    private static final Logger LOG = Logger.getLogger(FeedScheduler.class);

    private final FeedPoller poller;

    FeedScheduler(FeedPoller poller) {
        this.poller = poller;
    }

    @Scheduled(identity = "feed-poller", every = "${quotecheck.feeds.poll-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        try {
            int polled = poller.pollDue();
            if (polled > 0) {
                LOG.debugf("Polled %d feeds", polled);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Feed poller: %s; trying again at the next run", e.toString());
        }
    }
}
