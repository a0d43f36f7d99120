package org.quotecheck.support;

/**
 * Checks for caller-supplied strings before they reach PostgreSQL, which rejects NUL characters and
 * unpaired surrogates (they would otherwise surface as a database error, a 500).
 */
public final class Inputs {

    private Inputs() {
    }

    /** Null or the value, trimmed; blank becomes null. Throws for unstorable characters. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        requireStorable(field, trimmed);
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw InvalidInputException.of(field, field + " must be at most " + maxLength + " characters long.");
        }
        return trimmed;
    }

    /** The value, trimmed; throws when it is missing or blank. */
    public static String required(String field, String value, int maxLength) {
        String v = optional(field, value, maxLength);
        if (v == null) {
            throw InvalidInputException.of(field, field + " is required and must not be blank.");
        }
        return v;
    }

    /** Throws unless every character can be stored as UTF-8 text in PostgreSQL. */
    public static void requireStorable(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                throw InvalidInputException.of(field, field + " must not contain NUL characters.");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw InvalidInputException.of(field, field + " contains an unpaired UTF-16 surrogate ("
                        + "position " + i + "); it is not valid Unicode text.");
            }
        }
    }

    /** Null, or an absolute http(s) URL; anything else (javascript:, ftp:, relative) is refused. */
    public static String httpUrl(String field, String raw, int maxLength) {
        String value = optional(field, raw, maxLength);
        if (value == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw InvalidInputException.of(field, field + " must be an absolute http:// or https:// URL (got '"
                + value + "').");
    }

    /**
     * An optional ISO-8601 date-time with offset, or a date (midnight UTC), as an instant; null when
     * absent. {@code example} is a date-time shown in the error ("2021-03-19T08:00:00Z").
     */
    public static java.time.Instant isoInstant(String field, String raw, String example) {
        String value = optional(field, raw, 100);
        if (value == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (java.time.DateTimeException e2) {
                throw InvalidInputException.of(field, field + " must be an ISO-8601 date-time with offset such as "
                        + example + ", or a date such as " + example.substring(0, 10) + " (got '" + value + "').");
            }
        }
    }
}
