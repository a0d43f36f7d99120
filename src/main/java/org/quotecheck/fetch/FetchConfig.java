package org.quotecheck.fetch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How articles are fetched by URL ({@code quotecheck.fetch.*}). */
@ConfigMapping(prefix = "quotecheck.fetch")
public interface FetchConfig {

    /** Time to open the TCP (and TLS) connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Longest silence while waiting for the response or its next bytes. */
    @WithDefault("10s")
    Duration readTimeout();

    /** The whole fetch, redirects included: a page that trickles forever stops here. */
    @WithDefault("30s")
    Duration totalTimeout();

    /** Largest page body in bytes; a larger page is refused, not truncated. */
    @WithDefault("5242880")
    long maxBytes();

    /** Redirects followed before giving up. */
    @WithDefault("5")
    int maxRedirects();

    /**
     * Addresses (CIDR blocks such as {@code 127.0.0.1/32} or {@code 10.0.0.0/8}) that may be
     * fetched although they are loopback, private, link-local or metadata addresses. Empty by
     * default: such addresses are refused (server-side request forgery).
     */
    Optional<List<String>> allowedAddresses();

    @WithDefault("quotecheck/1 (+https://github.com/quotecheck)")
    String userAgent();
}
