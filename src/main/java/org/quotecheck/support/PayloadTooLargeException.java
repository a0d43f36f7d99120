package org.quotecheck.support;

/** The request body is larger than {@code quotecheck.api.max-body-size}; becomes a 413 problem. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
