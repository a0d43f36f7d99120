package org.quotecheck.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A validated page number (from 0) and page size. Parsed from the raw query strings here rather
 * than bound as int parameters, because JAX-RS answers an unparsable query parameter with 404,
 * and a caller's typo deserves a 400 that says what is wrong.
 */
public record PageRequest(int page, int size) {

    public int offset() {
        return Math.multiplyExact(page, size);
    }

    public static PageRequest parse(String page, String size, ApiConfig.Paging config) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        int p = parse("page", page, 0, 0, Integer.MAX_VALUE / Math.max(1, config.maxSize()), errors);
        int s = parse("size", size, config.defaultSize(), 1, config.maxSize(), errors);
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(InvalidInputException.FieldError::message)
                    .reduce((a, b) -> a + " " + b).orElseThrow();
            throw new InvalidInputException(detail, errors, Map.of());
        }
        return new PageRequest(p, s);
    }

    private static int parse(String name, String raw, int dflt, int min, int max,
            List<InvalidInputException.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        errors.add(new InvalidInputException.FieldError(name,
                name + " must be an integer from " + min + " to " + max + " (got '" + raw + "')."));
        return dflt;
    }
}
