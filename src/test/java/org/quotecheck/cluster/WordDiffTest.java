package org.quotecheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.cluster.WordDiff.Kind;
import org.quotecheck.cluster.WordDiff.Op;

class WordDiffTest {

    @Test
    void aChangedWordIsADeletionAndAnInsertionBetweenSameRuns() {
        assertEquals(List.of(new Op(Kind.SAME, "The West"), new Op(Kind.DELETED, "wants"),
                new Op(Kind.INSERTED, "seeks"), new Op(Kind.SAME, "to impose its rules.")),
                WordDiff.diff("The West wants to impose its rules.", "The West seeks to impose its rules."));
    }

    @Test
    void insertedAndDroppedWordsAreMarked() {
        assertEquals(List.of(new Op(Kind.SAME, "We will"), new Op(Kind.INSERTED, "never"),
                new Op(Kind.SAME, "surrender"), new Op(Kind.DELETED, "today")),
                WordDiff.diff("We will surrender today", "We will never surrender"));
    }

    @Test
    void caseAndPunctuationAreNoDifference() {
        List<Op> ops = WordDiff.diff("“We will rebuild it,” ", "we WILL rebuild it");
        assertTrue(WordDiff.sameWords(ops), ops.toString());
        assertFalse(WordDiff.sameWords(WordDiff.diff("we will rebuild it", "we will rebuild")));
    }

    @Test
    void emptySidesAreAllInsertedOrAllDeleted() {
        assertEquals(List.of(new Op(Kind.INSERTED, "a b")), WordDiff.diff("", "a b"));
        assertEquals(List.of(new Op(Kind.DELETED, "a b")), WordDiff.diff("a b", null));
    }

    @Test
    void hugeInputsStayBoundedAndKeepTheirCommonEnds() {
        String middleA = "x ".repeat(5_000);
        String middleB = "y ".repeat(5_000);
        List<Op> ops = WordDiff.diff("start " + middleA + "end", "start " + middleB + "end");
        assertEquals(Kind.SAME, ops.get(0).kind());
        assertEquals(Kind.DELETED, ops.get(1).kind());
        assertEquals(Kind.INSERTED, ops.get(2).kind());
        assertEquals(new Op(Kind.SAME, "end"), ops.get(3));
    }
}
