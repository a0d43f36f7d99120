package org.quotecheck.fetch;

import java.net.URI;

/**
 * A feed document as fetched: the URL it finally came from, and either its bytes or
 * {@code notModified} (a 304 to the conditional GET: nothing new since the last poll). {@code etag}
 * and {@code lastModified} are the validators to send next time (null when the server gave none).
 */
public record FetchedFeed(URI url, boolean notModified, byte[] body, String etag, String lastModified) {

    static final int MAX_VALIDATOR = 512;

    /**
     * A validator fit to store and send back: printable ASCII of a sane length, else null (a
     * header with a line break or a control character would otherwise be refused on the next poll).
     */
    public static String validator(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_VALIDATOR) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
        }
        return value.strip();
    }
}
