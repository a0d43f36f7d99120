package org.quotecheck.fetch;

import org.quotecheck.support.UnprocessableException;

/** A page could not be fetched; {@link #reason()} says why, the message says it to a person. */
public class FetchException extends UnprocessableException {

    /** Why a fetch failed; each is its own problem type ({@code urn:quotecheck:problem:fetch-…}). */
    public enum Reason {
        REFUSED_ADDRESS("fetch-refused-address", "Address refused"),
        UNREACHABLE("fetch-unreachable", "Page unreachable"),
        TIMEOUT("fetch-timeout", "Page timed out"),
        TOO_LARGE("fetch-too-large", "Page too large"),
        NOT_HTML("fetch-not-html", "Not an HTML page"),
        NOT_FEED("fetch-not-feed", "Not a feed"),
        TOO_MANY_REDIRECTS("fetch-too-many-redirects", "Too many redirects"),
        HTTP_STATUS("fetch-http-status", "Page not available");

        final String slug;
        final String title;

        Reason(String slug, String title) {
            this.slug = slug;
            this.title = title;
        }
    }

    private final Reason reason;

    FetchException(Reason reason, String detail) {
        super(reason.slug, reason.title, "url", detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
