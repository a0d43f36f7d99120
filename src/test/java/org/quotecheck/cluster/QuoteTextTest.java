package org.quotecheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTextTest {

    @Test
    void caseAccentsQuoteMarksPunctuationAndWhitespaceAreFolded() {
        assertEquals("the west wants to impose its own rules",
                QuoteText.normalize("  “The West   wants to impose its OWN rules!” "));
        assertEquals("cafe naive dont", QuoteText.normalize("Café naïve — don’t"));
        assertEquals("dont", QuoteText.normalize("don't"));
        assertEquals("students fees", QuoteText.normalize("students’ fees"));
        assertEquals("well known", QuoteText.normalize("well-known"));
        assertEquals("2024 is 50", QuoteText.normalize("2024 is 50%"));
    }

    @Test
    void onlyPunctuationOrNothingNormalisesToEmpty() {
        assertEquals("", QuoteText.normalize("“…!?” — ‘’"));
        assertEquals("", QuoteText.normalize(""));
        assertEquals("", QuoteText.normalize(null));
        assertEquals(List.of(), QuoteText.words("  ...  "));
    }

    @Test
    void longEnoughQuotationsWithContentWordsCluster() {
        assertTrue(QuoteText.clusterable(QuoteText.normalize("The West wants to impose its own rules")));
        assertTrue(QuoteText.clusterable(QuoteText.normalize("We will rebuild the old bridge by spring")));
    }

    @Test
    void shortGenericOrStockFragmentsNeverCluster() {
        assertFalse(QuoteText.clusterable("no comment"));
        assertFalse(QuoteText.clusterable(QuoteText.normalize("We have no comment at this time.")));
        assertFalse(QuoteText.clusterable(QuoteText.normalize("moderate")));
        assertFalse(QuoteText.clusterable(QuoteText.normalize("it is what it is and we will see")));
        assertFalse(QuoteText.clusterable(QuoteText.normalize("fake news media")), "three content words");
        assertFalse(QuoteText.clusterable(""));
    }

    @Test
    void containmentIsOnWordBoundaries() {
        assertTrue(QuoteText.containsWords("he said the west wants rules", "the west wants"));
        assertFalse(QuoteText.containsWords("he said the western wants rules", "the west"));
        assertFalse(QuoteText.containsWords("short", "a much longer text"));
    }

    private static boolean share(String a, String b) {
        java.util.Set<Integer> x = new java.util.HashSet<>();
        for (int v : QuoteText.sketch(QuoteText.normalize(a))) {
            x.add(v);
        }
        for (int v : QuoteText.sketch(QuoteText.normalize(b))) {
            if (x.contains(v)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theSketchKeysAQuotationByItsSmallestContentWordPairHashes() {
        String quote = "The West wants to impose its own rules on every country that refuses to follow them";
        int[] sketch = QuoteText.sketch(QuoteText.normalize(quote + " and punish farmers who export grain through northern ports during winter months before spring elections"));
        assertEquals(QuoteText.SKETCH_SIZE, sketch.length, "a long quotation: the smallest sixteen of its pairs");
        assertEquals(7, QuoteText.sketch(QuoteText.normalize(quote)).length, "eight content words: seven pairs");
        for (int i = 1; i < sketch.length; i++) {
            assertTrue(sketch[i - 1] < sketch[i], "ascending, distinct");
        }
        assertEquals(java.util.Arrays.toString(sketch),
                java.util.Arrays.toString(QuoteText.sketch(QuoteText.normalize((quote + " and punish farmers who export grain through northern ports during winter months before spring elections")
                        .toUpperCase()))), "same words, same sketch");
        String literal = QuoteText.sketchLiteral(sketch);
        assertTrue(literal.startsWith("{" + sketch[0] + "," + sketch[1] + ",") && literal.endsWith(sketch[sketch.length - 1] + "}"), literal);
        assertEquals("{}", QuoteText.sketchLiteral(new int[0]));
    }

    @Test
    void nearDuplicatesShareSketchValuesAndTextsOfCommonWordsDoNot() {
        String quote = "The West wants to impose its own rules on every country that refuses to follow them";
        assertTrue(share(quote, "The West wants to impose its rules on every country that refuses to follow them"),
                "a word dropped");
        assertTrue(share(quote, "the West wants to impose its own rules on every nation that refuses to follow them"),
                "a word swapped");
        assertTrue(share(quote, "wants to impose its own rules on every country"), "a part of it");
        assertFalse(share(quote, "It is what it is, and we said that the team will be there when it is over"),
                "only function words in common");
        assertFalse(share(quote, "Farmers in the valley want the new dam to follow the old river bed"),
                "a few content words in common, but no pair");
        assertEquals(0, QuoteText.sketch(QuoteText.normalize("it is what it is")).length, "no content word");
    }

    private static boolean keysInShingles(String claim, String stored) {
        java.util.Set<Integer> held = new java.util.HashSet<>();
        for (int v : QuoteText.shingles(QuoteText.normalize(stored))) {
            held.add(v);
        }
        int[] keys = QuoteText.shingleKeys(QuoteText.normalize(claim), 6);
        assertTrue(keys.length > 0, "a claim of four words or more has keys");
        for (int k : keys) {
            if (!held.contains(k)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aLongerQuotationHoldsEveryShingleKeyOfAClaimItContains() {
        String stored = "We will not accept a deal that leaves our farmers worse off, and we will say so in Brussels";
        assertTrue(keysInShingles("a deal that leaves our farmers worse off", stored), "a part, on word boundaries");
        assertTrue(keysInShingles(stored.toUpperCase(), stored), "the whole of it, whatever the case");
        assertFalse(keysInShingles("the valley wants a new dam on the old river bed", stored), "other words");
        // the keys only find candidates: a claim with a word changed near its end may share every key
        // (the smallest run of each window can lie before the change), and containsWords rules it out
        assertFalse(QuoteText.containsWords(QuoteText.normalize(stored),
                QuoteText.normalize("a deal that leaves our farmers better off")), "one word changed");
        assertEquals(1, QuoteText.shingles("a b c d e f").length, "six words: three runs, one window, its smallest");
        assertEquals(2, QuoteText.shingles("a b c d e").length, "fewer runs than a window: every run");
        assertEquals(0, QuoteText.shingles("a b c").length, "fewer than four words: no run");
        assertEquals(0, QuoteText.shingleKeys("a b c", 6).length);
        assertEquals(0, QuoteText.shingleKeys("a b c d e", 6).length, "too short to be contained: no keys");
        assertEquals(2, QuoteText.shingleKeys("a b c d e f g h i j k l m n", 2).length, "the first and the last value");
    }

    @Test
    void winnowingKeepsAboutHalfTheRunsAndEveryValueOfAContainedPart() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        String[] vocabulary = new String[400];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + Integer.toString(i, 36) + (char) ('a' + i % 26);
        }
        long runs = 0;
        long kept = 0;
        for (int t = 0; t < 2_000; t++) {
            String[] words = new String[6 + random.nextInt(80)];
            for (int i = 0; i < words.length; i++) {
                words[i] = vocabulary[random.nextInt(vocabulary.length)];
            }
            String whole = String.join(" ", words);
            java.util.Set<Integer> held = new java.util.HashSet<>();
            for (int v : QuoteText.shingles(whole)) {
                held.add(v);
            }
            runs += words.length - QuoteText.LEAD_WORDS + 1;
            kept += held.size();
            // any part of six words or more, on word boundaries
            int from = random.nextInt(words.length - 5);
            int to = from + 6 + random.nextInt(words.length - from - 5);
            String part = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
            int[] keys = QuoteText.shingleKeys(part, 6);
            assertTrue(keys.length > 0, part);
            for (int k : keys) {
                assertTrue(held.contains(k), "a value of the part is among the whole's: " + part + " in " + whole);
            }
            for (int v : QuoteText.shingles(part)) {
                assertTrue(held.contains(v), "the in-memory index meets the part too");
            }
        }
        double share = (double) kept / runs;
        assertTrue(share > 0.4 && share < 0.65, "about half the runs are kept: " + share);
    }

    @Test
    void innerRunsAreThePartsOfSixWordsOrMoreLongestFirst() {
        List<String> runs = QuoteText.innerRuns("a b c d e f g h", 6, 80, 100);
        assertEquals(List.of("a b c d e f g", "b c d e f g h", "a b c d e f", "b c d e f g", "c d e f g h"), runs,
                "shorter than the text itself, at least six words");
        assertEquals(List.of(), QuoteText.innerRuns("a b c d e f", 6, 80, 100), "six words: no shorter part of six");
        assertEquals(2, QuoteText.innerRuns("a b c d e f g h", 6, 80, 2).size(), "bounded");
        assertEquals(List.of("a b c d e f"), QuoteText.innerRuns("a b c d e f g h", 6, 6, 100), "within the first words");
    }

    @Test
    void wordCountIsTheNumberOfSpaceSeparatedWords() {
        for (String text : new String[] {"", " ", "a", "a b", "a  b", " a b", "a b ", "a b  ", "the west wants rules"}) {
            assertEquals(text.isEmpty() ? 0 : text.split(" ").length, QuoteText.wordCount(text), "'" + text + "'");
        }
    }
}
