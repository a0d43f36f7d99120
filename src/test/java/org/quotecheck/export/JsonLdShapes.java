package org.quotecheck.export;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test-side validator of the two published vocabularies' requirements, written from their
 * documentation (no network in the tests, so the rules are restated here with their sources):
 * <ul>
 * <li>ClaimReview: Google Search Central, "Fact check (ClaimReview) structured data",
 * https://developers.google.com/search/docs/appearance/structured-data/factcheck (required:
 * {@code claimReviewed}, {@code reviewRating}, {@code url}; recommended: {@code author},
 * {@code itemReviewed}; Claim recommended: {@code author}, {@code appearance} or
 * {@code firstAppearance}, {@code datePublished}; Rating required: {@code alternateName},
 * {@code ratingValue} between {@code worstRating} and {@code bestRating} when given) and the
 * schema.org types https://schema.org/ClaimReview, https://schema.org/Claim, https://schema.org/Rating.
 * This project's brief makes {@code author} required too.</li>
 * <li>Web Annotation: W3C Web Annotation Data Model, https://www.w3.org/TR/annotation-model/ (§3.1: an
 * Annotation MUST have one or more {@code @context} values including
 * {@code http://www.w3.org/ns/anno.jsonld}, exactly one IRI {@code id}, a {@code type} including
 * {@code Annotation}, one or more {@code target}s; §3.2.4 TextualBody MUST have {@code value};
 * §4.2.4 TextQuoteSelector MUST have exactly one {@code exact}, MAY have {@code prefix} and
 * {@code suffix}; §4.2.5 TextPositionSelector MUST have exactly one {@code start} and one
 * {@code end}, non-negative integers, start ≤ end; §3.3.5 {@code motivation} from the Motivation
 * list; §3.3.1 {@code created} an xsd:dateTime with a timezone) and its context
 * https://www.w3.org/ns/anno.jsonld.</li>
 * </ul>
 * Each method returns the violations found (empty: valid), so a test can show them all.
 */
final class JsonLdShapes {

    private JsonLdShapes() {
    }

    /** W3C Web Annotation Data Model §3.3.5, the motivations it defines. */
    static final Set<String> MOTIVATIONS = Set.of("assessing", "bookmarking", "classifying", "commenting",
            "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying",
            "tagging");

    static List<String> claimReview(Map<String, Object> doc) {
        List<String> problems = new ArrayList<>();
        if (!"https://schema.org".equals(doc.get("@context")) && !"http://schema.org".equals(doc.get("@context"))) {
            problems.add("@context must be schema.org, is " + doc.get("@context"));
        }
        if (!"ClaimReview".equals(doc.get("@type"))) {
            problems.add("@type must be ClaimReview");
        }
        nonBlankText(problems, doc, "claimReviewed");
        url(problems, doc, "url");
        Map<String, Object> rating = object(problems, doc, "reviewRating");
        if (rating != null) {
            if (!"Rating".equals(rating.get("@type"))) {
                problems.add("reviewRating.@type must be Rating");
            }
            nonBlankText(problems, rating, "alternateName");
            if (rating.containsKey("ratingValue")) {
                Number value = (Number) rating.get("ratingValue");
                Number best = (Number) rating.get("bestRating");
                Number worst = (Number) rating.get("worstRating");
                if (best == null || worst == null) {
                    problems.add("a ratingValue needs bestRating and worstRating to say its scale");
                } else if (value.doubleValue() < worst.doubleValue() || value.doubleValue() > best.doubleValue()) {
                    problems.add("ratingValue " + value + " outside " + worst + ".." + best);
                }
            }
        }
        Map<String, Object> author = object(problems, doc, "author");
        if (author != null) {
            if (!Set.of("Organization", "Person").contains(author.get("@type"))) {
                problems.add("author.@type must be Organization or Person");
            }
            nonBlankText(problems, author, "name");
        }
        dateTime(problems, doc, "datePublished");
        Map<String, Object> claim = object(problems, doc, "itemReviewed");
        if (claim != null) {
            if (!"Claim".equals(claim.get("@type"))) {
                problems.add("itemReviewed.@type must be Claim");
            }
            if (!claim.containsKey("author")) {
                problems.add("itemReviewed.author is missing");
            }
            for (Object a : list(claim.get("author"))) {
                Map<String, Object> person = cast(a);
                if (!Set.of("Person", "Organization").contains(person.get("@type"))) {
                    problems.add("itemReviewed.author.@type must be Person or Organization");
                }
                nonBlankText(problems, person, "name");
            }
            List<Object> appearances = list(claim.get("appearance"));
            if (appearances.isEmpty() && !claim.containsKey("firstAppearance")) {
                problems.add("itemReviewed needs appearance or firstAppearance");
            }
            for (Object a : appearances) {
                creativeWork(problems, cast(a));
            }
            if (claim.containsKey("firstAppearance")) {
                creativeWork(problems, cast(claim.get("firstAppearance")));
            }
        }
        return problems;
    }

    private static void creativeWork(List<String> problems, Map<String, Object> work) {
        if (!Set.of("CreativeWork", "NewsArticle", "Article").contains(work.get("@type"))) {
            problems.add("an appearance must be a CreativeWork, is " + work.get("@type"));
        }
        url(problems, work, "url");
        if (work.containsKey("publisher")) {
            Map<String, Object> publisher = cast(work.get("publisher"));
            if (!"Organization".equals(publisher.get("@type"))) {
                problems.add("publisher must be an Organization");
            }
            nonBlankText(problems, publisher, "name");
        }
        if (work.containsKey("datePublished")) {
            dateTime(problems, work, "datePublished");
        }
    }

    static List<String> annotation(Map<String, Object> doc) {
        List<String> problems = new ArrayList<>();
        if (!list(doc.get("@context")).contains("http://www.w3.org/ns/anno.jsonld")) {
            problems.add("@context must include http://www.w3.org/ns/anno.jsonld");
        }
        url(problems, doc, "id");
        if (!list(doc.get("type")).contains("Annotation")) {
            problems.add("type must include Annotation");
        }
        for (Object m : list(doc.get("motivation"))) {
            if (!MOTIVATIONS.contains(m)) {
                problems.add("motivation " + m + " is not one of the model's");
            }
        }
        for (Object b : list(doc.get("body"))) {
            Map<String, Object> body = cast(b);
            if ("TextualBody".equals(body.get("type"))) {
                nonBlankText(problems, body, "value");
            }
            if (body.containsKey("purpose") && !MOTIVATIONS.contains(body.get("purpose"))) {
                problems.add("body purpose " + body.get("purpose") + " is not a motivation");
            }
        }
        List<Object> targets = list(doc.get("target"));
        if (targets.isEmpty()) {
            problems.add("an Annotation must have a target");
        }
        for (Object t : targets) {
            if (t instanceof String) {
                continue;
            }
            Map<String, Object> target = cast(t);
            url(problems, target, "source");
            for (Object s : list(target.get("selector"))) {
                Map<String, Object> selector = cast(s);
                switch (String.valueOf(selector.get("type"))) {
                    case "TextQuoteSelector" -> {
                        if (!(selector.get("exact") instanceof String)) {
                            problems.add("TextQuoteSelector must have exactly one exact");
                        }
                        for (String k : List.of("prefix", "suffix")) {
                            if (selector.containsKey(k) && !(selector.get(k) instanceof String)) {
                                problems.add("TextQuoteSelector " + k + " must be a string");
                            }
                        }
                    }
                    case "TextPositionSelector" -> {
                        Object start = selector.get("start");
                        Object end = selector.get("end");
                        if (!(start instanceof Integer s0) || !(end instanceof Integer e0) || s0 < 0 || e0 < s0) {
                            problems.add("TextPositionSelector needs integers 0 <= start <= end, has " + start + ", " + end);
                        }
                    }
                    default -> problems.add("unexpected selector type " + selector.get("type"));
                }
            }
        }
        if (doc.containsKey("created")) {
            dateTime(problems, doc, "created");
        }
        return problems;
    }

    private static void nonBlankText(List<String> problems, Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof String s) || s.isBlank()) {
            problems.add(key + " must be non-blank text, is " + m.get(key));
        }
    }

    private static void url(List<String> problems, Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof String s) || !(s.startsWith("http://") || s.startsWith("https://"))) {
            problems.add(key + " must be an absolute http(s) URL, is " + m.get(key));
        }
    }

    private static void dateTime(List<String> problems, Map<String, Object> m, String key) {
        try {
            OffsetDateTime.parse(String.valueOf(m.get(key)));
        } catch (DateTimeParseException e) {
            problems.add(key + " must be a date-time with a timezone, is " + m.get(key));
        }
    }

    private static Map<String, Object> object(List<String> problems, Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof Map<?, ?>)) {
            problems.add(key + " must be an object, is " + m.get(key));
            return null;
        }
        return cast(m.get(key));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o == null ? List.of() : o instanceof List<?> l ? (List<Object>) l : List.of(o);
    }
}
