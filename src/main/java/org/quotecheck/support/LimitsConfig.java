package org.quotecheck.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on the work and output of one request ({@code quotecheck.limits.*}). */
@ConfigMapping(prefix = "quotecheck.limits")
public interface LimitsConfig {

    /**
     * {@code quotecheck.limits.max-quotations}: most quotations one article (or one dry run) may
     * yield; over it the article is refused with a 400 problem and nothing is stored. Real news
     * articles have tens; a text of nothing but quote marks would otherwise bury the queue.
     */
    @WithDefault("2000")
    int maxQuotations();

    /** The anonymous dry run ({@code POST /api/v1/extractions} without credentials). */
    DryRun dryRun();

    interface DryRun {
        /** {@code quotecheck.limits.dry-run.anonymous-max-chars}: longest text an anonymous caller may send (413 over it). */
        @WithDefault("100000")
        int anonymousMaxChars();

        /**
         * {@code quotecheck.limits.dry-run.anonymous-per-minute}: anonymous dry runs per client
         * address and minute, per replica (429 with Retry-After over it). Signed-in callers are
         * bounded by the body size only.
         */
        @WithDefault("120")
        int anonymousPerMinute();
    }
}
