package org.quotecheck.support;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the REST API ({@code quotecheck.api.*}). */
@ConfigMapping(prefix = "quotecheck.api")
public interface ApiConfig {

    /**
     * {@code quotecheck.api.max-body-size}: largest request body accepted; larger ones get a 413
     * problem. Keep {@code quarkus.http.limits.max-body-size} (the HTTP layer's hard cap, which
     * answers with a bare 413) above it.
     */
    @WithDefault("5M")
    MemorySize maxBodySize();

    /** Paging of every list endpoint. */
    Paging page();

    interface Paging {

        /** {@code quotecheck.api.page.default-size}: page size when the caller gives none. */
        @WithDefault("20")
        int defaultSize();

        /** {@code quotecheck.api.page.max-size}: largest page size a caller may ask for. */
        @WithDefault("100")
        int maxSize();

        /**
         * {@code quotecheck.api.page.count-cap}: most rows a list of quotations or clusters counts (the
         * API's lists, the desk's queue and clusters); beyond it the total is a lower bound
         * ({@code totalCapped}, "10000+").
         */
        @WithDefault("10000")
        int countCap();
    }
}
