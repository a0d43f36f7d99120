package org.quotecheck.feed;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An RSS 2.0 (and 0.9x), RSS 1.0 (RDF) or Atom 1.0 document, read with the JDK's StAX parser with
 * DTDs and external entities switched off: a {@code <!DOCTYPE>} is skipped unread, so no external
 * DTD, entity or parameter entity is fetched, and a reference to an entity the document declares
 * (XXE, "billion laughs") is a parse error rather than an expansion.
 */
public record FeedDocument(String kind, String title, List<Item> items) {

    /** One entry: its identity (guid, Atom id, RDF about, else the link), link, title and date. */
    public record Item(String key, String link, String title, Instant published) {
    }

    /** The document is not a feed quotecheck can read; the message says why, to an administrator. */
    public static final class FormatException extends Exception {
        FormatException(String message) {
            super(message);
        }
    }

    static final int MAX_TEXT = 4000;
    static final int MAX_KEY = 1000;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** Reads at most {@code maxItems} items; relative links resolve against {@code base}. */
    public static FeedDocument parse(byte[] body, URI base, int maxItems) throws FormatException {
        if (body == null || body.length == 0) {
            throw new FormatException("The feed is empty.");
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External entities are not resolved (" + systemId + ").");
        });
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new ByteArrayInputStream(body));
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog: declaration, comments, a DOCTYPE (skipped unread)
            }
            if (!r.isStartElement()) {
                throw new FormatException("The document has no root element.");
            }
            String root = r.getLocalName();
            return switch (root) {
                case "rss" -> read(r, "RSS", base, maxItems);
                case "RDF" -> read(r, "RSS 1.0", base, maxItems);
                case "feed" -> {
                    if (!ATOM.equals(r.getNamespaceURI())) {
                        throw new FormatException("The root element <feed> is not in the Atom namespace (" + ATOM + ").");
                    }
                    yield read(r, "Atom", base, maxItems);
                }
                default -> throw new FormatException("Not an RSS or Atom feed: the root element is <" + clip(root, 100)
                        + ">.");
            };
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ")";
            String message = e.getMessage() == null ? "unreadable" : e.getMessage();
            int m = message.indexOf("Message: ");
            message = m >= 0 ? message.substring(m + 9) : message;
            throw new FormatException("The feed is not well-formed XML" + where + ": " + clip(message.strip(), 300)
                    + " (quotecheck reads no DTD and resolves no entity a document declares).");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held open: the input is an array
                }
            }
        }
    }

    /**
     * Walks the whole document: the first {@code title} outside items is the feed's, each
     * {@code item} or {@code entry} element (at any depth: RSS 2.0 nests them in channel, RSS 1.0
     * beside it) is one item.
     */
    private static FeedDocument read(XMLStreamReader r, String kind, URI base, int maxItems)
            throws XMLStreamException, FormatException {
        String title = null;
        List<Item> items = new ArrayList<>();
        int depth = 1;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("item") || name.equals("entry")) {
                    Item item = item(r, base);
                    if (item != null && items.size() < maxItems) {
                        items.add(item);
                    }
                } else if (name.equals("title") && title == null && depth <= 2) {
                    title = text(r);
                } else {
                    depth++;
                }
            }
        }
        return new FeedDocument(kind, title == null || title.isBlank() ? null : title, List.copyOf(items));
    }

    /** Reads one item element to its end; null when it has neither an identity nor a link. */
    private static Item item(XMLStreamReader r, URI base) throws XMLStreamException {
        String about = r.getAttributeValue("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about");
        String guid = null;
        boolean guidIsLink = false;
        String link = null;
        String title = null;
        String date = null;
        String updated = null;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "guid", "id" -> {
                        guidIsLink = r.getLocalName().equals("guid")
                                && !"false".equalsIgnoreCase(r.getAttributeValue(null, "isPermaLink"));
                        guid = text(r);
                    }
                    case "link" -> {
                        String href = r.getAttributeValue(null, "href");
                        String rel = r.getAttributeValue(null, "rel");
                        String text = text(r);
                        if (href != null) {
                            if ((rel == null || rel.equals("alternate")) && (link == null || rel != null)) {
                                link = href; // Atom: the alternate link is the page
                            }
                        } else if (link == null && text != null) {
                            link = text;
                        }
                    }
                    case "title" -> title = title == null ? text(r) : skip(r);
                    case "pubDate", "published", "date", "issued" -> date = date == null ? text(r) : skip(r);
                    case "updated", "modified" -> updated = text(r);
                    default -> depth++;
                }
            }
        }
        String resolved = httpLink(base, link);
        if (resolved == null && guidIsLink) {
            resolved = httpLink(base, guid);
        }
        String key = guid != null && !guid.isBlank() ? guid.strip() : about != null && !about.isBlank() ? about.strip()
                : resolved != null ? resolved : link;
        if (key == null || key.isBlank()) {
            return null;
        }
        Instant published = FeedDates.parse(date);
        return new Item(key(key), resolved == null ? clip(link, 2048) : resolved, blankToNull(title),
                published != null ? published : FeedDates.parse(updated));
    }

    /** The character data of the current element and its children, whitespace collapsed, bounded. */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) && sb.length() < MAX_TEXT) {
                sb.append(r.getText(), 0, Math.min(r.getText().length(), MAX_TEXT - sb.length()));
            }
        }
        String s = sb.toString().replaceAll("[\\s\\u0000]+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    private static String skip(XMLStreamReader r) throws XMLStreamException {
        text(r);
        return null;
    }

    /** An absolute http(s) URL for {@code link} (relative ones against the feed's URL), else null. */
    static String httpLink(URI base, String link) {
        if (link == null || link.isBlank() || link.length() > 2048) {
            return null;
        }
        try {
            URI uri = base == null ? new URI(link.strip()) : base.resolve(new URI(link.strip()));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Keys are stored and compared; a very long one is replaced by its SHA-256. */
    private static String key(String key) {
        if (key.length() <= MAX_KEY) {
            return key;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : clip(s, 1000);
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
