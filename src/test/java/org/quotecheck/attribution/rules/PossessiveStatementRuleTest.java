package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code possessive-statement} rule ({@code sieve.rules.PossessiveStatement}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class PossessiveStatementRuleTest {

    @Test
    void theOwnerOfAClaimBeforeAThatClauseSaidTheQuotation() {
        AttributedQuotation q = only("Voters weighed Governor Ada Park's claim that the levy “pays for itself.”");
        assertEquals("possessive-statement", q.rule());
        assertEquals("Governor Ada Park", mention(q));
        assertEquals("claim", q.cue().text());
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
    void aDocumentOwnedBySomeoneIntroducesTheirWordsAfterAColon() {
        AttributedQuotation q = only("Few expected it. From Ines Roe's Facebook post: “We will not run again.”");
        assertEquals("possessive-statement", q.rule());
        assertEquals("Ines Roe", mention(q));
    }

    @Test
    void aBareApostropheAfterAnSMarksTheOwnerToo() {
        AttributedQuotation q = only("Many doubted Tom Jones’ pledge to “fight on” after May.");
        assertEquals("possessive-statement", q.rule());
        assertEquals("Tom Jones", mention(q));
    }

    @Test
    void aStatementNounWithItsOwnerAfterByOrOf() {
        AttributedQuotation q = only("Voters bristled at the suggestion by a former mayor that taxes “must rise again.”");
        assertEquals("possessive-statement", q.rule());
        assertEquals("a former mayor", mention(q));
    }

    @Test
    void byHerOwnAdmissionMakesHerTheSourceOfTheWording() {
        AttributedQuotation q = only("The move, by her own admission, was “a gamble.”");
        assertEquals("possessive-statement", q.rule());
        assertEquals("her", mention(q));
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
    void itsOrTheirOwnerIsTheSubjectOfTheClause() {
        AttributedQuotation q = only("In the end, the state water board was blunt in its findings: “The wells are failing.”");
        assertEquals("possessive-statement", q.rule());
        assertEquals("the state water board", mention(q));
    }

    @Test
    void aQuotationJudgingSomeonesCommentsIsNotTheirs() {
        AttributedQuotation q = only("In the end Mark Dunn's comments “missed the point entirely,” the chairwoman said.");
        assertNotEquals("possessive-statement", q.rule());
        assertEquals("the chairwoman", mention(q));
    }

    @Test
    void aPossessiveBeforeAnOrdinaryNounIsNoFrame() {
        AttributedQuotation q = only("The town's “modest” budget surplus vanished within a year.");
        assertNotEquals("possessive-statement", q.rule());
    }
}
