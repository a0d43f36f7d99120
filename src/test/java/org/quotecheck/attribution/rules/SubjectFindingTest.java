package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.body;
import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * Finding the speaker phrase itself, whichever rule decides: where a subject starts and ends, names
 * versus capitalised words, appositives, party labels, relative clauses, opening phrases. Sentences are
 * our own.
 */
class SubjectFindingTest {

    // party labels
    @Test
    void aLongParenthesisIsNoPartyLabel() {
        AttributedQuotation q = only("“We will not fold,” the report (which nobody in the city council had read in full before the vote) said.");
        assertNotEquals("the report", mention(q));
    }

    @Test
    void aNameAfterACommonNounIsTheSubjectNotTheWholePhrase() {
        AttributedQuotation q = only("In a radio interview Petra Novak declared “the strike is over.”");
        assertEquals("Petra Novak", mention(q));
    }

    @Test
    void aSpeechWordAfterADeterminerIsANounNotAFrame() {
        List<AttributedQuotation> qs = EX.extract("The mayor's claims and her remarks:\n\n“The bridge is closed for good now.”");
        assertNotEquals("her", mention(qs.get(0)));
    }

    // paragraph frames: inverted subjects only where the order can invert
    @Test
    void theObjectOfATellingVerbIsNoSpeaker() {
        List<AttributedQuotation> qs = EX.extract(
                "Mara Finch, who was visiting the port, did not name the company but told dock workers that the contract "
                        + "would go to those “who still build ships.”");
        assertNotEquals("dock workers", mention(qs.get(0)));
    }

    // a capitalised sentence opener is a name only if the article capitalises it elsewhere
    @Test
    void aWordCapitalisedOnlyByItsPositionIsNoClauseSubject() {
        AttributedQuotation q = only("Fifteen minutes later the crowd began to chant “open the gates.”");
        assertNotEquals("Fifteen", mention(q));
    }

    @Test
    void aSurnameSeenMidSentenceElsewhereStaysAClauseSubject() {
        List<AttributedQuotation> qs = EX.extract("The board met Voss on Monday.\n\nVoss was critical of the “rushed timetable” of the works.");
        assertEquals("Voss", mention(qs.get(qs.size() - 1)));
    }

    // an opening time phrase is no subject
    @Test
    void anOpeningTimePhraseIsSkippedWhenLookingForTheMainSubject() {
        AttributedQuotation q = only("The court met.\n\nHours later, Ana Ruiz returned the call, telling reporters, “We will appeal the ruling.”");
        assertEquals("Ana Ruiz", mention(q));
    }

    @Test
    void aNameOpeningTheSentenceBeforeACommaStaysTheMainSubject() {
        AttributedQuotation q = only("The court met.\n\nRuiz, a judge, returned the call, telling reporters, “We will appeal the ruling.”");
        assertEquals("Ruiz", mention(q).split(",")[0]);
    }

    // subjects behind appositives: dashes, parentheses, relative clauses
    @Test
    void aNameBetweenDashesAfterACommonNounIsTheSpeaker() {
        AttributedQuotation q = last(body("A former candidate -- John Ames, who lost the 2010 race -- said the plan was "
                + "“a costly mistake for everyone.”"));
        assertEquals("said-before", q.rule());
        assertEquals("John Ames", mention(q));
    }

    @Test
    void aDashAsideWithoutANameKeepsTheNounPhrase() {
        AttributedQuotation q = last(body("The senator -- not known for restraint -- said the plan was “a costly mistake.”"));
        assertEquals("The senator", mention(q));
    }

    @Test
    void aParenthesisInsideAnAppositiveDoesNotHideTheName() {
        AttributedQuotation q = last(body("Jeff Roe, chairman of Rising Tide (a Republican PAC), tweeted: "
                + "“People behind the stage are wearing the shirts.”"));
        assertEquals("Jeff Roe", mention(q));
    }

    @Test
    void anOpeningParticipleBeforeATitledNameIsNoSpeaker() {
        AttributedQuotation q = last(body("Speaking later on the same show, Sen. Claire Dunn (D-Mo.), who has endorsed "
                + "Lind, said the mayor is a “stronger” candidate."));
        assertEquals("Sen. Claire Dunn", mention(q));
    }

    // names that look like modals; talking as a frame; short quote-only paragraphs
    @Test
    void aCapitalisedModalMidSentenceIsAName() {
        AttributedQuotation q = last(body("“The war is a reminder of what is at stake,” Will wrote."));
        assertEquals("said-after", q.rule());
        assertEquals("Will", mention(q));
    }

    @Test
    void aCapitalisedModalOpeningAQuestionIsNoName() {
        AttributedQuotation q = last(body("Will the council vote? “We are ready,” Ann Lee said."));
        assertEquals("Ann Lee", mention(q));
        assertEquals("Ann Lee", q.speaker().name());
    }

    // where a subject ends: verbs after nouns, clauses after "after"
    @Test
    void aPastTenseVerbAfterANameEndsTheSubject() {
        AttributedQuotation q = last(body("In late June, the American Bar Association completed its review of the record "
                + "with a \"well qualified\" rating, its top one."));
        assertEquals("clause-subject", q.rule());
        assertEquals("the American Bar Association", mention(q));
    }

    @Test
    void aParticipleAfterADeterminerStaysInTheSubject() {
        AttributedQuotation q = last(body("The elected officials of the county were “deeply troubled” by the vote."));
        assertEquals("The elected officials of the county", mention(q));
    }

    @Test
    void aCommonVerbEndsAThingSubjectSoTheClauseAfterItSpeaks() {
        AttributedQuotation q = last(body("The endorsement comes just three days after Ann Lee told the paper she was "
                + "“not quite there yet” on it."));
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aPhraseOfTimeAfterTheSubjectIsSkipped() {
        AttributedQuotation q = last(body("The mayor, after the meeting, said it was “not quite there yet” on the plan."));
        assertEquals("The mayor", mention(q));
    }

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
