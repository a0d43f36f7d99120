package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code possessive-statement} rule ({@code sieve.rules.PossessiveStatement}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class PossessiveStatementRuleTest extends RuleTable {

    static final String RULE = "possessive-statement";

    PossessiveStatementRuleTest() {
        super(RULE);
    }

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("the owner of a claim before a that clause said the quotation",
                        "Voters weighed Governor Ada Park's claim that the levy “pays for itself.”",
                        "Governor Ada Park", "claim"),
                Arguments.of("a document owned by someone introduces their words after a colon",
                        "Few expected it. From Ines Roe's Facebook post: “We will not run again.”",
                        "Ines Roe", null),
                Arguments.of("a bare apostrophe after an s marks the owner too",
                        "Many doubted Tom Jones’ pledge to “fight on” after May.",
                        "Tom Jones", null),
                Arguments.of("a statement noun with its owner after by or of",
                        "Voters bristled at the suggestion by a former mayor that taxes “must rise again.”",
                        "a former mayor", null),
                Arguments.of("by her own admission makes her the source of the wording",
                        "The move, by her own admission, was “a gamble.”",
                        "her", null),
                Arguments.of("its or their owner is the subject of the clause",
                        "In the end, the state water board was blunt in its findings: “The wells are failing.”",
                        "the state water board", null));
    }

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("a possessive before an ordinary noun is no frame",
                        "The town's “modest” budget surplus vanished within a year."));
    }

    @Test
    void aPromiseWithAnInfinitiveAndAPledgeNamedAfterTheQuoteBothCountAsFrames() {
        AttributedQuotation promise = only("Nobody forgot Tom Hale's pledge to stay “strictly neutral” in the dispute.");
        assertEquals("possessive-statement", promise.rule());
        assertEquals("Tom Hale", mention(promise));
        AttributedQuotation pledge = only("Critics never let go of the governor's “no new tolls” pledge.");
        assertEquals("possessive-statement", pledge.rule());
        assertEquals("the governor", mention(pledge));
    }

    @Test
    void aPossessivePronounOwnerResolvesToTheNamedSubjectOfItsClause() {
        AttributedQuotation q = last("Rosa Klein met the board on Monday. Klein then repeated her remark that the merger was “a rescue.”");
        assertEquals("possessive-statement", q.rule());
        assertEquals("her", mention(q));
        assertEquals("Rosa Klein", q.speaker().name());
    }

    @Test
    void adjunctsOfTimeAndPlaceMayStandBetweenTheNounAndItsQuotation() {
        AttributedQuotation colon = only("Few have forgotten her plea in Geneva in 1990: “Let the children go.”");
        assertEquals("possessive-statement", colon.rule());
        assertEquals("her", mention(colon));
        AttributedQuotation that = only("The auditor's conclusion Friday that the accounts were “badly kept” stood.");
        assertEquals("possessive-statement", that.rule());
        assertEquals("The auditor", mention(that));
    }

    @Test
    void aReportThatGovernsTheOwnerFramesTheQuotationItself() {
        AttributedQuotation q = only("Lena Ward said Tom Hale's claim that the dam was “safe” was false.");
        assertEquals("said-before", q.rule());
        assertEquals("Lena Ward", mention(q));
        AttributedQuotation split = only("Ward was praising Hale; however, she came under fire over her claim that the dam was “safe.”");
        assertEquals("possessive-statement", split.rule());
        assertEquals("her", mention(split));
    }

    @Test
    void aQuotationJudgingSomeonesCommentsIsNotTheirs() {
        AttributedQuotation q = only("In the end Mark Dunn's comments “missed the point entirely,” the chairwoman said.");
        assertNotEquals("possessive-statement", q.rule());
        assertEquals("the chairwoman", mention(q));
    }
}
