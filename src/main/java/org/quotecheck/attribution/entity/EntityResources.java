package org.quotecheck.attribution.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the entity package's data files (word lists, the first-name gazetteer) from the class
 * path. A missing file is a broken build, so it fails loudly instead of yielding an empty list
 * that would silently type every mention as OTHER.
 */
final class EntityResources {

    /** Where the data files live, beside the classes: {@code org/quotecheck/attribution/entity/}. */
    static final String DIRECTORY = "org/quotecheck/attribution/entity/";

    private EntityResources() {
    }

    /** Opens a data file by its bare name; throws {@link IllegalStateException} if it is missing. */
    static InputStream open(String name) {
        String path = DIRECTORY + name;
        InputStream in = EntityResources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("entity data file " + path + " is missing from the class path;"
                    + " it ships in src/main/resources (rebuild the application)");
        }
        return in;
    }

    /**
     * The data lines of a file: trimmed, without blank lines and without {@code #} comment lines.
     * A file with no data line is refused too: every list we ship has entries.
     */
    static List<String> dataLines(String name) {
        try (InputStream in = open(name)) {
            List<String> lines = dataLines(in);
            if (lines.isEmpty()) {
                throw new IllegalStateException("entity data file " + DIRECTORY + name + " has no entries");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entity data file " + DIRECTORY + name, e);
        }
    }

    static List<String> dataLines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                lines.add(t);
            }
        }
        return lines;
    }
}
