package org.quotecheck.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Articles ingested at start-up ({@code quotecheck.seeds.*}). */
@ConfigMapping(prefix = "quotecheck.seeds")
public interface SeedsConfig {

    /** {@code quotecheck.seeds.enabled}: ingest the seed folder at start-up. */
    @WithDefault("true")
    boolean enabled();

    /**
     * {@code quotecheck.seeds.directory}: folder whose {@code *.txt} files are ingested (UTF-8,
     * title from the first line; idempotent, so restarts add nothing). Relative to the working
     * directory; a missing folder is logged and skipped.
     */
    @WithDefault("seeds")
    String directory();
}
