package org.quotecheck.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Exports of reviewed work: who publishes them and where they live ({@code quotecheck.exports.*}). */
@ConfigMapping(prefix = "quotecheck.exports")
public interface ExportConfig {

    /**
     * {@code quotecheck.exports.public-base-url}: the address the desk and the API are reached at
     * from outside, without a trailing slash; the {@code url}, {@code @id} and {@code id} of every
     * ClaimReview and Web Annotation are built on it.
     */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** The fact-checking organisation that publishes the reviews (ClaimReview {@code author}, annotation {@code creator}). */
    Organisation organisation();

    /**
     * {@code quotecheck.exports.fetch-size}: rows the streaming exports fetch from PostgreSQL at a
     * time (a server-side cursor); what an export holds in memory does not grow with the rows.
     */
    @WithDefault("500")
    int fetchSize();

    /**
     * {@code quotecheck.exports.timeout}: seconds one streaming export may keep its read-only
     * transaction open (the whole archive at a slow client's pace); past it the export stops.
     */
    @WithDefault("3600")
    int timeout();

    /**
     * {@code quotecheck.exports.cluster-appearances}: appearances a cluster's ClaimReview lists
     * (earliest first); the verdict rule still looks at every member.
     */
    @WithDefault("1000")
    int clusterAppearances();

    interface Organisation {

        /** {@code quotecheck.exports.organisation.name}. */
        @WithDefault("quotecheck desk")
        String name();

        /** {@code quotecheck.exports.organisation.url}: the organisation's home page. */
        @WithDefault("http://localhost:8080/")
        String url();
    }
}
