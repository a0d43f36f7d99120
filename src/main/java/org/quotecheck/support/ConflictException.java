package org.quotecheck.support;

import java.util.Map;

/**
 * The request conflicts with what is stored (the same thing exists already, someone else is
 * working on it right now, or the resource's state does not allow it yet, such as a ClaimReview
 * of a quotation nobody has reviewed); becomes a 409 problem whose {@code type} ends in
 * {@code slug}, with {@code extensions} such as the id of the existing object.
 */
public class ConflictException extends RuntimeException {

    private final String slug;
    private final String title;
    private final Map<String, Object> extensions;

    public ConflictException(String slug, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.slug = slug;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    public ConflictException(String slug, String title, String detail) {
        this(slug, title, detail, Map.of());
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
