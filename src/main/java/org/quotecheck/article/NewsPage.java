package org.quotecheck.article;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What a news page holds: the article's main text (without navigation, ads, share bars, related
 * links, comments or sidebars) and its metadata from {@code <meta>}, Open Graph and JSON-LD
 * ({@code NewsArticle} and its kin). Metadata that is missing or unreadable is null, never an error.
 *
 * @param publishedAt ISO-8601 with offset ({@code 2024-03-05T10:00:00Z}) or a date, as the ingest accepts
 */
record NewsPage(String text, String title, String publisher, String publishedAt, String canonicalUrl,
        String author) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "SatiricalArticle");
    /** Page furniture, by element and ARIA role. */
    private static final String FURNITURE = "nav, aside, form, dialog, [role=navigation], [role=complementary],"
            + " [role=contentinfo], [role=banner], [role=dialog], [aria-hidden=true]";
    /** Page furniture by class or id word: share bars, ads, related links, comments, newsletters … */
    private static final Pattern BOILERPLATE = Pattern.compile("(?:^|[-_\\s])(?:comments?|sidebar|related|share|"
            + "sharing|social|promo|ads?|advert|advertisement|sponsored|newsletter|subscribe|subscription|"
            + "breadcrumbs?|cookies?|consent|popup|modal|recommended|recirc|outbrain|taboola|paywall|"
            + "most-read|trending|footer|menu|navbar|nav)(?:$|[-_\\s])", Pattern.CASE_INSENSITIVE);
    /** What page furniture never contains: an element holding one of these is kept. */
    private static final String CONTENT = "main, [role=main], [itemprop=articleBody], h1";
    /** JSON-LD deeper than this is not looked into (a page cannot make us walk forever). */
    private static final int MAX_DEPTH = 8;

    static NewsPage of(Document doc) {
        JsonNode ld = jsonLdArticle(doc);
        String title = first(meta(doc, "og:title"), text(ld, "headline"), meta(doc, "twitter:title"),
                doc.title(), doc.select("h1").text());
        String publisher = first(meta(doc, "og:site_name"), name(ld == null ? null : ld.get("publisher")),
                meta(doc, "application-name"));
        String published = date(first(meta(doc, "article:published_time"), text(ld, "datePublished"),
                itemprop(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"),
                meta(doc, "dc.date"), meta(doc, "dcterms.date"), meta(doc, "citation_publication_date"),
                doc.select("article time[datetime]").attr("datetime")));
        String canonical = first(httpUrl(doc.select("link[rel=canonical][href]").attr("abs:href")),
                httpUrl(absolute(doc, meta(doc, "og:url"))),
                httpUrl(absolute(doc, text(ld, "url"))), httpUrl(absolute(doc, id(ld == null ? null : ld.get("mainEntityOfPage")))));
        String author = first(names(ld == null ? null : ld.get("author")), meta(doc, "author"),
                notUrl(meta(doc, "article:author")), doc.select("[rel=author]").text(),
                doc.select("[itemprop=author] [itemprop=name]").text(), doc.select("[itemprop=author]").text());
        String text = mainText(doc);
        String body = text(ld, "articleBody");
        if (body != null && body.length() > text.length() * 2) {
            text = body.strip(); // a page that renders its text by script still names it in JSON-LD
        }
        return new NewsPage(text, clip(title), clip(publisher), published, canonical, clip(author));
    }

    // --- main text ----------------------------------------------------------------------------

    private static String mainText(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        removeFurniture(body);
        Element root = body.selectFirst("[itemprop=articleBody]");
        if (root == null) {
            root = largest(body.select("article"));
        }
        if (root == null) {
            root = largest(body.select("main, [role=main]"));
        }
        if (root == null) {
            root = densest(body);
        }
        return HtmlToText.text(root);
    }

    private static void removeFurniture(Element body) {
        body.select(FURNITURE).remove();
        List<Element> boilerplate = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find())
                    && e.select(CONTENT).isEmpty()) {
                boilerplate.add(e);
            }
        }
        boilerplate.forEach(Element::remove);
        // a page footer (not one inside the article: that is removed with its share links above)
        body.select("body > footer, body > header nav").remove();
    }

    /** The candidate with the most paragraph text (a page may mark each comment as an article too). */
    private static Element largest(Elements candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element e : candidates) {
            int length = e.select("p").text().length();
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    /** No semantic markup: the element whose own paragraphs hold the most text. */
    private static Element densest(Element body) {
        Element best = body;
        int bestScore = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int score = 0;
            for (Element child : parent.children()) {
                if (child.normalName().equals("p")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                best = parent;
                bestScore = score;
            }
        }
        return best;
    }

    // --- JSON-LD -------------------------------------------------------------------------------

    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()), 0);
                if (found != null) {
                    return found;
                }
            } catch (Exception unreadable) {
                // a broken JSON-LD block is common and tells us nothing; the others may still do
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return node;
                }
            }
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v != null && v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return v != null && v.isValueNode() ? v.asText() : null;
    }

    private static String id(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isValueNode() ? node.asText() : text(node, "@id");
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.isValueNode() ? node.asText() : text(node, "name");
    }

    /** One or several authors: "Jane Roe, John Doe". */
    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        Set<String> all = new LinkedHashSet<>();
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
            String name = name(n);
            if (name != null && !name.isBlank() && notUrl(name) != null) {
                all.add(name.strip());
            }
        }
        return all.isEmpty() ? null : String.join(", ", all);
    }

    // --- <meta> and values ----------------------------------------------------------------------

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))) {
                return m.attr("content");
            }
        }
        return null;
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return null;
        }
        return first(e.attr("content"), e.attr("datetime"), e.text());
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip().replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    private static String clip(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, s.offsetByCodePoints(0, Math.min(500,
                s.codePointCount(0, s.length()))));
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    private static String absolute(Document doc, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return java.net.URI.create(doc.location()).resolve(url.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String httpUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && url.length() <= ArticleService.MAX_URL
                ? url : null;
    }

    private static final DateTimeFormatter OFFSET_NO_COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]Z");

    /** A metadata date as the ingest reads it, or null when it cannot be read. */
    static String date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).toInstant().toString();
        } catch (DateTimeParseException e) {
            // try the other forms
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toString();
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            return OffsetDateTime.parse(s, OFFSET_NO_COLON).toInstant().toString();
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
