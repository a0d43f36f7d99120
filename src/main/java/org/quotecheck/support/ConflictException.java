package org.quotecheck.support;

/**
 * What the caller asks for cannot be given in the resource's current state (a ClaimReview of a
 * quotation nobody has reviewed yet); becomes a 409 problem whose {@code type} ends in {@code slug}.
 */
public class ConflictException extends RuntimeException {

    private final String slug;
    private final String title;

    public ConflictException(String slug, String title, String detail) {
        super(detail);
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
