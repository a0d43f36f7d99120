package org.quotecheck.support;

import java.util.List;
import java.util.Map;

/**
 * The caller sent something the service cannot accept; becomes a 400 problem. {@code errors}
 * names the offending fields, {@code extensions} adds members such as the allowed values.
 */
public class InvalidInputException extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public InvalidInputException(String detail, List<FieldError> errors, Map<String, Object> extensions) {
        super(detail);
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(message, List.of(new FieldError(field, message)), Map.of());
    }

    /** A value outside a closed set: the problem lists the allowed values. */
    public static InvalidInputException notOneOf(String field, String value, List<String> allowed) {
        String message = field + " must be one of " + String.join(", ", allowed) + " (got '" + value + "').";
        return new InvalidInputException(message, List.of(new FieldError(field, message)),
                Map.of("allowed", allowed));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
