package org.quotecheck.support;

/** The caller changed an object on the basis of an outdated version; becomes a 409 problem. */
public class StaleVersionException extends RuntimeException {

    private final long expected;
    private final long current;

    public StaleVersionException(String kind, long expected, long current) {
        super("The " + kind + " has changed: you sent version " + expected + " but it is at version "
                + current + ". Reload it and try again.");
        this.expected = expected;
        this.current = current;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
