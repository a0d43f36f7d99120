package org.quotecheck.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/**
 * Dates as feeds write them: RFC 822/1123 in RSS ({@code Tue, 05 Mar 2024 10:00:00 GMT}, with
 * or without the weekday, named US zones, two-digit years), RFC 3339 in Atom and Dublin Core
 * ({@code 2024-03-05T10:00:00+01:00}) or a bare date. Unreadable or outside the years 1–9999: null.
 */
final class FeedDates {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("UT", "+0000"),
            Map.entry("GMT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("Z", "+0000"), Map.entry("EST", "-0500"),
            Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"),
            Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));
    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM ")
            .appendValueReduced(ChronoField.YEAR, 2, 4, 1950)
            .appendPattern(" H:mm[:ss] Z")
            .toFormatter(Locale.ROOT);

    private FeedDates() {
    }

    static Instant parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return null;
        }
        String s = raw.strip();
        Instant at = rfc3339(s);
        if (at == null) {
            at = rfc822(s);
        }
        return at == null || at.isBefore(EARLIEST) || at.isAfter(LATEST) ? null : at;
    }

    private static Instant rfc3339(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static Instant rfc822(String s) {
        String t = s.replaceAll("\\s+", " ");
        int comma = t.indexOf(',');
        if (comma >= 0 && comma <= 10) {
            t = t.substring(comma + 1).strip(); // the weekday says nothing the date does not
        }
        int space = t.lastIndexOf(' ');
        if (space > 0) {
            String zone = t.substring(space + 1).toUpperCase(Locale.ROOT);
            if (ZONES.containsKey(zone)) {
                t = t.substring(0, space + 1) + ZONES.get(zone);
            } else if (zone.matches("[+-]\\d\\d:\\d\\d")) {
                t = t.substring(0, space + 1) + zone.replace(":", "");
            }
        }
        try {
            return ZonedDateTime.parse(t, RFC_822).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
