package org.quotecheck.attribution;

import static org.quotecheck.attribution.Extracted.last;
import static org.quotecheck.attribution.Extracted.mention;
import static org.quotecheck.attribution.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Frames made of a statement noun or a passive naming verb. Sentences are our own. */
class NominalFramesTest {

    // possessive-statement
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

    // passive-agent
    @Test
    void theAgentOfAPassiveNamingVerbSaidTheQuotation() {
        AttributedQuotation q = only("The ferry plan, an option seen by harbour pilots as a “last resort,” was shelved.");
        assertEquals("passive-agent", q.rule());
        assertEquals("harbour pilots", mention(q));
        assertEquals("seen", q.cue().text());
    }

    @Test
    void theAgentMayFollowTheQuotation() {
        AttributedQuotation q = only("The new stadium, long derided as a “white elephant” by local taxpayers, finally opened.");
        assertEquals("passive-agent", q.rule());
        assertEquals("local taxpayers", mention(q));
        AttributedQuotation as = only("The audit was “thorough but late,” as described by the state comptroller.");
        assertEquals("passive-agent", as.rule());
        assertEquals("the state comptroller", mention(as));
    }

    @Test
    void aPassiveParticipleRightBeforeTheQuotationTakesTheByPhraseAfterIt() {
        AttributedQuotation q = only("The tax has been called “a gift to landlords” by several economists.");
        assertEquals("passive-agent", q.rule());
        assertEquals("several economists", mention(q));
    }

    @Test
    void aTrailingAsDescribedByPhraseReachesBackOverTheRestOfTheClause() {
        AttributedQuotation q = only("The agency was “grossly negligent” in its handling of the files, as described by the inspector general.");
        assertEquals("passive-agent", q.rule());
        assertEquals("the inspector general", mention(q));
    }

    @Test
    void aByPhraseOfTimeOrMeansIsNoAgent() {
        AttributedQuotation q = only("By the time the vote came, the plan was known as “Option B.”");
        assertNotEquals("passive-agent", q.rule());
        AttributedQuotation built = only("The bridge was built by engineers from Oslo as a “temporary” crossing.");
        assertNull(built.speaker());
    }

    // document-issued
    @Test
    void whoeverIssuedTheDocumentSpeaksThroughIt() {
        AttributedQuotation q = only("The port authority released a statement on Friday calling the strike “deeply regrettable.”");
        assertEquals("document-issued", q.rule());
        assertEquals("The port authority", mention(q));
        AttributedQuotation colon = only("Mayor Lin sent out a short memo to staff: “Offices close at noon.”");
        assertEquals("document-issued", colon.rule());
        assertEquals("Mayor Lin", mention(colon));
    }

    @Test
    void whoeverDeliversARetortSaysIt() {
        AttributedQuotation q = only("Mayor Lin delivered a sharp retort: “Nobody is closing the port.”");
        assertEquals("document-issued", q.rule());
        assertEquals("Mayor Lin", mention(q));
    }

    @Test
    void aQuotationThatIsNoContentOfTheDocumentIsLeftAlone() {
        AttributedQuotation q = only("The board released a statement about the “green corridor” plan on Friday.");
        assertNotEquals("document-issued", q.rule());
        AttributedQuotation relative = only("Ana Ruiz sent a letter to the firm that fired her over “misconduct.”");
        assertNotEquals("document-issued", relative.rule());
    }

    // text-subject
    @Test
    void aTextThatIsTheSubjectOfTheClauseSpeaks() {
        AttributedQuotation q = only("Ana Ruiz's letter puts it bluntly: “The ferry must stay public.”");
        assertEquals("text-subject", q.rule());
        assertEquals("Ana Ruiz's letter", mention(q));
        AttributedQuotation ad = only("The new ad targets the mayor for “selling the harbour to the highest bidder.”");
        assertEquals("text-subject", ad.rule());
        assertEquals("The new ad", mention(ad));
    }

    @Test
    void theIssuerNamedInTheTextsByPhraseSpeaksInstead() {
        AttributedQuotation q = only("An email sent out by Ana Ruiz on Monday warned of a long fight: “We are outspent.”");
        assertEquals("text-subject", q.rule());
        assertEquals("Ana Ruiz", mention(q));
    }

    @Test
    void aShortTermAfterAnOrdinaryVerbIsNoTextsWording() {
        AttributedQuotation q = only("The report marked a “turning point” for the agency.");
        assertNotEquals("text-subject", q.rule());
        AttributedQuotation opener = only("With cable news carrying the hearing, it opened with a “countdown clock” on screen.");
        assertNull(opener.speaker());
    }

    // chant-object
    @Test
    void theSubjectThatTakesUpAChantChantsIt() {
        AttributedQuotation q = only("Boos rose when the mayor spoke, and at one point the crowd loudly reprised the chant “Open the gates now!”");
        assertEquals("chant-object", q.rule());
        assertEquals("the crowd", mention(q));
    }

    @Test
    void aChantSomeoneIsMetWithIsNotTheirs() {
        AttributedQuotation q = only("The mayor was met with angry chants of “resign now” at the door.");
        assertNotEquals("chant-object", q.rule());
    }

    // here-presents
    @Test
    void hereIsAPersonWithAColonPresentsTheirWords() {
        AttributedQuotation q = only("Here's Ana Ruiz in March 1998: “Ports are the lungs of this city.”");
        assertEquals("here-presents", q.rule());
        assertEquals("Ana Ruiz", mention(q));
    }

    @Test
    void hereIsAThingWithAColonPresentsNobody() {
        AttributedQuotation q = only("Here's the schedule for the weekend: “Doors open at nine.”");
        assertNotEquals("here-presents", q.rule());
    }
}
