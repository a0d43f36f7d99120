package org.quotecheck.support;

/**
 * A change was sent without the version it is based on; becomes a 428 (Precondition Required)
 * problem, the status RFC 6585 defines for exactly this.
 */
public class VersionRequiredException extends RuntimeException {

    public VersionRequiredException(String message) {
        super(message);
    }
}
