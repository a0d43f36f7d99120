package org.quotecheck.support;

import java.util.List;

/**
 * The request was well-formed but what it points at cannot be used (a URL whose page cannot be
 * fetched, a page without article text); becomes a 422 problem whose {@code type} ends in
 * {@code slug}, with the field it concerns in {@code errors}.
 */
public class UnprocessableException extends RuntimeException {

    private final String slug;
    private final String title;
    private final String field;

    public UnprocessableException(String slug, String title, String field, String detail) {
        super(detail);
        this.slug = slug;
        this.title = title;
        this.field = field;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public List<InvalidInputException.FieldError> errors() {
        return field == null ? List.of() : List.of(new InvalidInputException.FieldError(field, getMessage()));
    }
}
