package org.quotecheck.attribution.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The word lists are data a reader edits without the Java: each says what it is for, holds each
 * entry once and has entries; a missing one fails by name; and no word list hides in the Java code.
 */
class WordListsTest {

    private static final Path LISTS = Path.of("src/main/resources" + WordLists.FOLDER);
    private static final Path CORE = Path.of("src/main/java/org/quotecheck/attribution");

    /** A collection literal of strings: a word list written into the code. */
    private static final Pattern LIST_LITERAL = Pattern.compile("(Set|List)\\.of\\(\\s*\"|Arrays\\.asList\\(\\s*\"");

    private static List<Path> lists() {
        try (Stream<Path> files = Files.list(LISTS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> entries(Path p) {
        return lines(p).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void theListFolderHoldsTheLists() {
        assertFalse(lists().isEmpty(), "no word lists found under " + LISTS.toAbsolutePath());
    }

    @Test
    void everyListOpensWithAHeaderSayingWhatItIsFor() {
        List<String> bad = new ArrayList<>();
        for (Path p : lists()) {
            List<String> lines = lines(p);
            boolean header = !lines.isEmpty() && lines.get(0).startsWith("#") && lines.get(0).substring(1).strip().length() > 0;
            boolean pending = lines.stream().anyMatch(l -> l.startsWith("#") && l.contains("HEADER-NEEDED"));
            if (!header || pending) {
                bad.add(p.getFileName().toString());
            }
        }
        assertEquals(List.of(), bad, "lists without a header comment (or still HEADER-NEEDED)");
    }

    @Test
    void noListRepeatsAnEntry() {
        List<String> bad = new ArrayList<>();
        for (Path p : lists()) {
            Set<String> seen = new HashSet<>();
            for (String e : entries(p)) {
                if (!seen.add(e)) {
                    bad.add(p.getFileName() + ": " + e);
                }
            }
        }
        assertEquals(List.of(), bad, "entries listed twice");
    }

    @Test
    void noListIsEmpty() {
        List<String> bad = lists().stream().filter(p -> entries(p).isEmpty()).map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of(), bad, "lists with no entries");
    }

    @Test
    void aListLoadsItsEntriesWithoutCommentsOrBlanks() {
        Set<String> days = WordLists.load("days");
        assertTrue(days.contains("monday"), "days: " + days);
        assertFalse(days.stream().anyMatch(w -> w.isBlank() || w.startsWith("#")), "days: " + days);
    }

    @Test
    void aMissingListFailsNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordLists.load("no-such-list"));
        assertTrue(e.getMessage().contains("no-such-list.txt"), e.getMessage());
    }

    @Test
    void noWordListIsWrittenIntoTheAttributionCode() throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORE)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String src = Files.readString(p, StandardCharsets.UTF_8);
                Matcher m = LIST_LITERAL.matcher(src); // the whole file: a literal may open at a line's end
                while (m.find()) {
                    int line = (int) src.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    bad.add(CORE.relativize(p) + ":" + line);
                }
            }
        }
        assertEquals(List.of(), bad, "word lists belong in " + LISTS + ", loaded by WordLists.load");
    }

    @Test
    void theSourceScanRecognisesAListLiteral() {
        assertTrue(LIST_LITERAL.matcher("Set.of(\"state\", \"house\")").find());
        assertTrue(LIST_LITERAL.matcher("java.util.Arrays.asList(\"a\")").find());
        assertTrue(LIST_LITERAL.matcher("List.of(\n        \"a\")").find());
        assertFalse(LIST_LITERAL.matcher("Set.of(a, b)").find());
    }
}
