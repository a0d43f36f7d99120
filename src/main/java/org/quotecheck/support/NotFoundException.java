package org.quotecheck.support;

/** A resource that the caller named by id does not exist; becomes a 404 problem. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, Object id) {
        super("No " + kind + " with id " + id + ".");
    }
}
