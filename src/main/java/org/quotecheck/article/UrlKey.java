package org.quotecheck.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The form of a URL under which an article is looked up: scheme and host in lower case, no
 * default port, no fragment, "/" for an empty path. Query strings are kept: on many sites they
 * name the article.
 */
public final class UrlKey {

    private UrlKey() {
    }

    public static String of(String url) {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            if (scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443) {
                port = -1;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            String host = u.getHost().toLowerCase(Locale.ROOT);
            return scheme + "://" + (u.getRawUserInfo() == null ? "" : u.getRawUserInfo() + "@") + host
                    + (port < 0 ? "" : ":" + port) + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (URISyntaxException | NullPointerException e) {
            return url.strip(); // validated as an http(s) URL before; keep it as it came
        }
    }
}
