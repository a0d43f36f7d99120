package org.quotecheck.support;

import java.time.Duration;

/**
 * Too many failed sign-ins for this account or from this address: a 429 with Retry-After on the API.
 * Travels as the cause of an {@code AuthenticationFailedException} (a final class).
 */
public class TooManySignInsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManySignInsException(Duration retryAfter) {
        super("Too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
