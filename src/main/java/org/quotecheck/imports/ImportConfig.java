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

    /** Lines a worker claims and ingests in one transaction. */
    @WithDefault("50")
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
