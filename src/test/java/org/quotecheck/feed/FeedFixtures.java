package org.quotecheck.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.quotecheck.fetch.NewsFixtureServer;

/** The feed documents under {@code src/test/resources/feeds/}, with the fixture's address and a test's id filled in. */
final class FeedFixtures {

    private FeedFixtures() {
    }

    static String base() {
        return NewsFixtureServer.shared().url("");
    }

    /** {@code {base}}: the fixture server; {@code {id}}: makes item links and keys unique to the caller. */
    static String text(String name, String id) {
        try (InputStream in = FeedFixtures.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no feed fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", base()).replace("{id}", id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
