package org.quotecheck.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/) of quotations: the target
 * is the stored article text, selected two ways (a TextQuoteSelector with up to 32 code points of
 * prefix and suffix, and a TextPositionSelector with the half-open code point offsets the project
 * stores); {@code scope} is the publisher's page the text came from. The body says who the
 * article names as the speaker (purpose {@code identifying}) and, once reviewed, the verdict
 * (purpose {@code assessing}).
 */
@ApplicationScoped
public class Annotations {

    private final ExportConfig config;

    Annotations(ExportConfig config) {
        this.config = config;
    }

    public Map<String, Object> of(ExportRow q) {
        String base = config.publicBaseUrl();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "http://www.w3.org/ns/anno.jsonld");
        doc.put("id", base + "/api/v1/quotations/" + q.id() + "/annotation");
        doc.put("type", "Annotation");
        List<Map<String, Object>> body = new ArrayList<>();
        String speaker = speaker(q);
        if (speaker != null) {
            body.add(textual("identifying", speaker));
        }
        if (q.reviewed()) {
            body.add(textual("assessing", ClaimReviews.words(q.status()) + ". " + ClaimReviews.explanation(q)));
        }
        doc.put("motivation", q.reviewed() ? "assessing" : speaker != null ? "identifying" : "highlighting");
        if (!body.isEmpty()) {
            doc.put("body", body.size() == 1 ? body.get(0) : body);
        }
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", base + "/api/v1/articles/" + q.articleId());
        if (q.articleUrl() != null) {
            target.put("scope", q.articleUrl());
        }
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", q.text());
        quote.put("prefix", q.prefix());
        quote.put("suffix", q.suffix());
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", q.start());
        position.put("end", q.end());
        target.put("selector", List.of(quote, position));
        doc.put("target", target);
        doc.put("created", String.valueOf(q.createdAt()));
        if (q.reviewedAt() != null) {
            doc.put("modified", q.reviewedAt().toString());
        }
        Map<String, Object> creator = new LinkedHashMap<>();
        creator.put("id", config.organisation().url());
        creator.put("type", "Organization");
        creator.put("name", config.organisation().name());
        doc.put("creator", creator);
        Map<String, Object> generator = new LinkedHashMap<>();
        generator.put("id", base + "/");
        generator.put("type", "Software");
        generator.put("name", "quotecheck");
        doc.put("generator", generator);
        return doc;
    }

    /** "Said by Ann Roe, minister" from the current speaker (a correction wins over the article). */
    private static String speaker(ExportRow q) {
        String name = q.speakerName() != null ? q.speakerName() : q.mention();
        if (name == null) {
            return null;
        }
        return "Said by " + name + (q.speakerRole() != null ? ", " + q.speakerRole() : "")
                + (q.speakerName() == null ? " (an unnamed source)" : "") + ".";
    }

    private static Map<String, Object> textual(String purpose, String value) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        b.put("value", value);
        b.put("format", "text/plain");
        return b;
    }
}
