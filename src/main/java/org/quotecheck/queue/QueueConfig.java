package org.quotecheck.queue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The review queue of the web desk. */
@ConfigMapping(prefix = "quotecheck.queue")
public interface QueueConfig {

    /** {@code quotecheck.queue.claim-duration}: how long a claim keeps others away (default 15 minutes). */
    @WithDefault("PT15M")
    Duration claimDuration();

    /** {@code quotecheck.queue.page-size}: quotations per queue page. */
    @WithDefault("20")
    int pageSize();
}
