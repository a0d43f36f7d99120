package org.quotecheck.attribution.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PosTaggerTest {

    private final PosTagger tagger = PosTagger.standard();

    @Test
    void modelIsLoadedOnceAndShared() {
        assertSame(tagger, PosTagger.standard());
    }

    @Test
    void capitalisedNameIsAProperNounButASentenceInitialAdverbIsNot() {
        String[] tags = tagger.tag("Already , the mayor said the bridge would open .".split(" "));
        assertEquals("ADV", tags[0]);
        String[] named = tagger.tag("Marisol Vega said the bridge would open .".split(" "));
        assertEquals("PROPN", named[0]);
        assertEquals("PROPN", named[1]);
        assertEquals("VERB", named[2]);
    }

    @Test
    void tagsOnlyTheRangeAskedFor() {
        String[] tokens = "The council met . Jane Porter said it was late .".split(" ");
        String[] range = tagger.tag(tokens, 4, 11);
        assertEquals(7, range.length);
        assertEquals("PROPN", range[0]);
        assertEquals("VERB", range[2]);
        assertArrayEquals(new String[0], tagger.tag(tokens, 3, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> tagger.tag(tokens, 5, 40));
    }

    @Test
    void textRangeKeepsOffsetsIntoTheWholeText() {
        String text = "Intro. Ann Roe smiled.";
        List<TaggedToken> tokens = tagger.tag(text, 7, text.length());
        assertEquals("Ann", tokens.get(0).text());
        assertEquals(7, tokens.get(0).start());
        assertEquals(10, tokens.get(0).end());
        assertTrue(tokens.get(1).isProperNoun());
        assertTrue(tokens.get(2).isVerb());
        assertFalse(tokens.get(2).isNoun());
        assertEquals(".", tokens.get(3).text());
    }

    @Test
    void concurrentCallersGetTheSameTagsAsOneCaller() throws Exception {
        String[] sentence = "Officials at the agency said the storm would reach the coast on Tuesday .".split(" ");
        String[] expected = tagger.tag(sentence);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> tagger.tag(sentence)));
            }
            for (Future<String[]> f : results) {
                assertArrayEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void missingModelFailsWithTheArtifactToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PosTagger.fromClassPath("no-such-model.bin", getClass().getClassLoader()));
        assertTrue(e.getMessage().contains("no-such-model.bin"), e.getMessage());
        assertTrue(e.getMessage().contains("opennlp-models-pos-en"), e.getMessage());
    }

    @Test
    void corruptModelIsRefused() {
        IOException e = assertThrows(IOException.class, () -> PosTagger.read("junk.bin",
                new ByteArrayInputStream("not a model".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("junk.bin"), e.getMessage());
    }
}
