package org.quotecheck.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An HTML page as fetched: the URL it finally came from (after redirects), its bytes and the
 * charset its Content-Type names (null when none: the page's own {@code <meta charset>} or BOM
 * decides, else UTF-8; undecodable bytes become U+FFFD, never an error).
 */
public record FetchedPage(URI url, byte[] body, String charset) {

    public Document document() {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset, url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array cannot fail", e);
        }
    }
}
