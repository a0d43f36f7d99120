package org.quotecheck.attribution;

import static org.quotecheck.attribution.Extracted.EX;
import static org.quotecheck.attribution.Extracted.mention;
import static org.quotecheck.attribution.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Clause subjects that frame a quotation without a speech verb at it. Sentences are our own. */
class SubjectFindingTest {

    @Test
    void aShortFirstNameEndingInEdOpeningTheSentenceIsANameNotAParticiple() {
        AttributedQuotation q = only("Ned Alder, founder of a small think tank, welcomed “the end of a long and bitter standoff.”");
        assertEquals("clause-subject", q.rule());
        assertEquals("Ned Alder", mention(q));
    }

    @Test
    void aTitleWordEndingInEdBeforeANameTheArticleUsesMidSentenceKeepsTheName() {
        AttributedQuotation q = EX.extract("Retired Gen. Ina Moss started the debate and later noted “a lack of any plan.” "
                + "Reporters later met Moss in Denver.").get(0);
        assertEquals("Retired Gen. Ina Moss", mention(q)); // through the coordinated "noted", or the clause subject
    }

    @Test
    void anOpeningParticipleBeforeAWordCapitalisedOnlyThereIsNoSpeaker() {
        AttributedQuotation q = only("Outraged voters lined the street after the “emergency” session.");
        assertNull(mention(q));
    }

    @Test
    void aPresentTenseVerbAfterANameEndsTheSubjectForEveryQuotationItGoverns() {
        List<AttributedQuotation> qs = EX.extract("Mayor Ada Voss supports “a modest raise,” opposes “any new tolls” and "
                + "recalled the long budget fight: “It was the hardest year of my life.”");
        assertEquals(3, qs.size());
        for (AttributedQuotation q : qs) {
            assertEquals("Mayor Ada Voss", mention(q));
        }
    }

    @Test
    void aPluralNounAfterANameStaysInTheSubjectWhenNoObjectFollows() {
        AttributedQuotation q = only("Voss aides called the budget plan “a modest step.”");
        assertEquals("Voss aides", mention(q));
    }

    @Test
    void aPhraseSetOffByCommasMayStandBetweenASubjectAndItsVerb() {
        AttributedQuotation q = only("The Voss campaign, in a letter to donors, worded it more carefully: “We never promised a cut.”");
        assertEquals("clause-subject", q.rule());
        assertEquals("The Voss campaign", mention(q));
    }

    @Test
    void aNounPhraseClosedByACommaIsNoSubjectWhenNoVerbFollowsTheInsertedPhrase() {
        AttributedQuotation q = only("The old mill, on the river, a “landmark” for decades, burned down.");
        assertNull(mention(q));
    }

    @Test
    void aGerundAfterByHasTheSubjectOfTheVerbItHangsOn() {
        AttributedQuotation q = only("When the hearing resumed, Judge Ida Marsh began by saying, “Nobody here is going to jail today.”");
        assertEquals("said-before", q.rule());
        assertEquals("Judge Ida Marsh", mention(q));
    }

    @Test
    void aGerundAfterByThatHangsOnANounTakesNoSubjectFromIt() {
        AttributedQuotation q = only("Hopes of a deal by saying “yes” to every demand faded quickly.");
        assertNotEquals("said-before", q.rule());
    }

    @Test
    void theSubjectAfterAnOpeningPhraseFramesAQuotationWhenTheFirstSegmentIsNoSubject() {
        List<AttributedQuotation> qs = EX.extract("Ada Voss spoke first.\n\nBut back in the capital, she returned to her "
                + "usual lines: “We will not raise taxes. Not this year.”");
        AttributedQuotation q = qs.get(qs.size() - 1);
        assertEquals("clause-subject", q.rule());
        assertEquals("she", mention(q));
    }

    @Test
    void aOneWordTermAfterAnOpeningPhraseGetsNoSpeakerFromTheSubject() {
        List<AttributedQuotation> qs = EX.extract("Ada Voss spoke first.\n\nBut back in the capital, she enjoyed the "
                + "“bipartisan” mood of the session.");
        assertNull(mention(qs.get(qs.size() - 1)));
    }

    @Test
    void aSentenceThatMentionsAWebAddressIsStillAQuotation() {
        AttributedQuotation q = only("The memo said, “Effective today, we will close the store at shopnow.com and refund every order.”");
        assertEquals("said-before", q.rule());
        assertEquals("The memo", mention(q));
    }

    @Test
    void aQuotedWebAddressAloneIsNoQuotation() {
        AttributedQuotation q = only("Ann Roe told readers to visit “www.example.com” for details.");
        assertNull(mention(q));
    }

    @Test
    void aDefinitePhraseAfterAnOpeningPhraseCanFrameAWholeQuotedSentence() {
        List<AttributedQuotation> qs = EX.extract("The hearing ran late.\n\nBefore the final vote, the committee chairman "
                + "returned to his theme: “We will not back down on this bill.”");
        AttributedQuotation q = qs.get(qs.size() - 1);
        assertEquals("clause-subject", q.rule());
        assertEquals("the committee chairman", mention(q));
    }

    @Test
    void aPartyLabelInParenthesesMayStandBetweenANameAndItsColon() {
        List<AttributedQuotation> qs = EX.extract("Hearing transcript.\n\nRep. Ann Roe (D-Ohio): “Who told you that figure was right?”");
        AttributedQuotation q = qs.get(qs.size() - 1);
        assertEquals("name-colon", q.rule());
        assertEquals("Rep. Ann Roe", mention(q));
    }

    @Test
    void aParenthesisBeforeAColonMidSentenceNamesNoSpeaker() {
        AttributedQuotation q = only("The vote was close (as expected): “narrow” was the word of the night.");
        assertNull(mention(q));
    }

    @Test
    void aQuotationInsideACommaOpenedRelativeClauseIsCreditedThroughTheRelativePronoun() {
        List<AttributedQuotation> qs = EX.extract("The case dragged on.\n\nAda Voss sued. Voss, who estimates that her legal "
                + "costs were “in the seven figures,” described the ordeal as painful.");
        AttributedQuotation q = qs.get(qs.size() - 1);
        assertEquals("clause-subject", q.rule());
        assertEquals("who", mention(q));
        assertEquals("Ada Voss", q.speaker().name());
    }

    @Test
    void aRestrictiveRelativeClauseKeepsTheSubjectAsTheMention() {
        List<AttributedQuotation> qs = EX.extract("The case dragged on.\n\nThe lawyer who ran three marathons is already "
                + "talking about “a fierce urgency” to act.");
        assertEquals("The lawyer", mention(qs.get(qs.size() - 1)));
    }
}
