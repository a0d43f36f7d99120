package org.quotecheck.imports;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bulk NDJSON imports ({@code quotecheck.imports.*}). */
@ConfigMapping(prefix = "quotecheck.imports")
public interface ImportConfig {

    /** Run import workers on this replica (uploads are accepted either way). */
    @WithDefault("true")
    boolean workers();

    /**
     * Worker threads on this replica; 0 means one per available processor. Each claims its own
     * batches, so extraction (CPU) and storage (the database) of different batches overlap.
     */
    @WithDefault("0")
    int threads();

    /**
     * Lines a worker claims and ingests in one transaction. Small: a batch holds the locks of its
     * new speaker names and quotation words until it commits, and two workers whose batches share
     * one wait for each other (on varied news, 50 lines ingested 8 articles/s, 10 lines 11/s).
     */
    @WithDefault("10")
    int batchSize();

    /** How often an idle worker looks for work. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Longest line; a longer one is recorded as a failed line, the rest goes on. */
    @WithDefault("5M")
    MemorySize maxLineSize();

    /** Largest upload (keep {@code quarkus.http.limits.max-body-size} above it). */
    @WithDefault("60M")
    MemorySize maxUploadSize();
}
