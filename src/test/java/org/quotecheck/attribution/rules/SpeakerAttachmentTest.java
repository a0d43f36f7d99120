package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.all;
import static org.quotecheck.attribution.rules.TestArticles.body;
import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * Which noun phrase a frame verb attaches to, whichever rule decides: participles, subordinate clauses,
 * coordinated verbs and pronouns. Sentences are our own.
 */
class SpeakerAttachmentTest {

    private static String mentionOfLast(String text) {
        List<AttributedQuotation> qs = all(text);
        return mention(qs.get(qs.size() - 1));
    }

    private static String nameOfLast(String text) {
        List<AttributedQuotation> qs = all(text);
        AttributedQuotation q = qs.get(qs.size() - 1);
        return q.speaker() == null ? null : q.speaker().name();
    }

    // participles share the main clause's subject
    @Test
    void aParticipleFrameBelongsToTheSubjectOfTheMainClause() {
        AttributedQuotation q = only("Mayor Ana Ruiz posted a long message on the Harbor Forum, saying “the bridge is safe again.”");
        assertEquals("Mayor Ana Ruiz", mention(q));
        assertEquals("saying", q.cue().text());
    }

    @Test
    void aParticipleFrameAfterAnOpeningPhraseSkipsThePhrase() {
        AttributedQuotation q = only("On Tuesday, the union leader rejected the offer, calling it “an insult to every nurse.”");
        assertEquals("the union leader", mention(q));
    }

    @Test
    void withANameAndAParticipleTheNameSpeaks() {
        AttributedQuotation q = only("Both envoys saw the talks as a failure, with Dimitrov noting the lack of “any serious proposal on the table.”");
        assertEquals("Dimitrov", mention(q));
    }

    @Test
    void aParticipleWithoutAClearMainSubjectFallsBackToTheNearestName() {
        AttributedQuotation q = only("Speaking at the plant, which employs Okafor and two hundred others, Okafor said “the line stays open.”");
        assertEquals("Okafor", mention(q));
    }

    // datelines and opening phrases are no subjects of a participle frame
    @Test
    void aDatelineIsNeverTheSpeakerOfAParticipleFrame() {
        AttributedQuotation q = only("BRAMLEY, Oct. 3 — Mara Lind toured the flooded farms, saying “the levee failed us.”");
        assertEquals("Mara Lind", mention(q));
        AttributedQuotation r = only("BRAMLEY (Wire) - Mara Lind toured the flooded farms, saying “the levee failed us.”");
        assertEquals("Mara Lind", mention(r));
    }

    @Test
    void aCapitalisedNameOpeningAParagraphWithoutADashIsStillTheSubject() {
        AttributedQuotation q = only("MARA LIND toured the flooded farms, saying “the levee failed us.”");
        assertEquals("MARA LIND", mention(q));
    }

    @Test
    void aPlaceListInsideAnOpeningPhraseIsSkipped() {
        AttributedQuotation q = only("Speaking in Bramley, North Dale, Mara Lind praised the crews, saying “they never slept.”");
        assertEquals("Mara Lind", mention(q));
    }

    @Test
    void anOpeningPhraseFollowedByTheSubjectKeepsIt() {
        AttributedQuotation q = only("Speaking in Bramley, Mara Lind praised the crews, saying “they never slept.”");
        assertEquals("Mara Lind", mention(q));
    }

    // a party label between a main subject and its verb
    @Test
    void aParticipleFrameSkipsThePartyLabelOfTheMainSubject() {
        AttributedQuotation q = only("In a statement, Rep. Ann Roe (D-Ohio) reacted to the ruling, saying: “It is a sad day.”");
        assertEquals("Rep. Ann Roe", mention(q));
    }

    @Test
    void aParenthesisAfterACommonNounGivesNoMainSubject() {
        AttributedQuotation q = only("In a statement, the panel (all nine members) reacted to the ruling, saying: “It is a sad day.”");
        assertNotEquals("all nine members", mention(q));
    }

    @Test
    void aParticipleRightAfterAnInvertedFrameContinuesThatFrame() {
        AttributedQuotation q = last(body("Bo Kim left as soon as prayers were finished, Ann Lee said, adding, "
                + "“He was not very religious.”"));
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aParticipleWithoutAFrameBeforeItTakesTheMainSubject() {
        AttributedQuotation q = last(body("Ann Lee left as soon as prayers were finished, adding, “I was tired.”"));
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aYellingParticipleTakesTheSubjectOfItsClause() {
        AttributedQuotation q = last(body("Some of his supporters kicked a protester, with Bo Kim reportedly yelling: "
                + "“Get him out of here.”"));
        assertEquals("Bo Kim", mention(q));
    }

    @Test
    void aParticipleAfterANameAndSpeechVerbBelongsToThatName() {
        assertEquals("Ruiz", mentionOfLast(
                "The coach will rest the “first team,” Ruiz said, adding that the way to win the cup “is to stay patient.”"));
    }

    @Test
    void aParticipleWithoutASpeechVerbBeforeItKeepsTheSentenceSubject() {
        assertEquals("The coach", mentionOfLast(
                "The coach will rest the “first team,” Ruiz in Madrid, adding that the way to win the cup “is to stay patient.”"));
    }

    @Test
    void aSubordinateClauseAfterAfterHasItsOwnSubject() {
        assertEquals("Ruiz", mentionOfLast("The fans were angry after Ruiz called the referees “cowards” on live television."));
        assertEquals("the coach", mentionOfLast(
                "The fans were angry after the coach called the referees “cowards” on live television."));
    }

    @Test
    void aTimePhraseAfterAfterIsNoSubject() {
        String m = mentionOfLast("The fans after the morning session told reporters the referees were “cowards” on live television.");
        assertTrue(m.startsWith("The fans"), m);
    }

    @Test
    void aParticipleAfterACoordinateClauseBelongsToItsPronoun() {
        assertEquals("she", mentionOfLast(
                "Gov. Ann Roe (R), a close ally, admitted some errors even as she defended the mayor, saying, “Most of the plan is new.”"));
    }

    @Test
    void aPronounInAReportedClauseDoesNotTakeTheParticiple() {
        assertEquals("Ann Roe", mentionOfLast(
                "On Monday, Ann Roe signalled she knows the risks, warning that the mayor is “still in charge of the port.”"));
    }

    @Test
    void aTitleQuotedInsideTheClauseDoesNotHideItsSubjectFromAParticiple() {
        assertEquals("Ruiz", mentionOfLast("Later on Sunday, Ruiz posted a reading list for a course called “Tides” on his "
                + "Facebook page, writing “Here is the course you said never existed.”"));
    }

    @Test
    void aQuotedTermBeforeTheFrameDoesNotMakeItsOwnerTheSpeaker() {
        assertEquals("Ruiz", mentionOfLast(
                "The port’s “delays” are shameful, Ruiz said Tuesday in Lisbon, noting the new owner “wants to sell it.”"));
    }

    @Test
    void coordinatedVerbsShareTheirSubject() {
        assertEquals("Ruiz", mentionOfLast("Ruiz knocked Lopez on tariffs and called him a “protectionist” at the rally."));
    }

    @Test
    void aCoordinatedVerbTakesThePronounOfTheClauseItJoins() {
        assertEquals("she", mentionOfLast("Retired Col. Ann Roe started the argument when she brought up the harbour fire "
                + "and later said, “It was not an accident.”"));
    }

    @Test
    void coordinatedNamesBeforeTheVerbAreNoCoordinatedVerb() {
        assertEquals("Lopez", mentionOfLast("Ruiz and Lopez called it a “mess” at the rally."));
    }

    @Test
    void aParticipleAfterAShortPhraseStillTakesTheNearerClauseSubject() {
        assertEquals("she", mentionOfLast("Ann Roe made the port a priority, and she has fought the union over wages, "
                + "at one point calling its leader a “liar” in public."));
    }

    @Test
    void aFiniteVerbAfterAnAppositiveKeepsTheNameBeforeIt() {
        assertEquals("Ann Roe", mentionOfLast("Ann Roe, a pollster at the institute in Lisbon, called it a “mess” in public."));
    }

    @Test
    void aPronounRefersToTheSubjectOfItsOwnSentenceBeforeTheLastSpeaker() {
        assertEquals("Daniel Ruiz", nameOfLast("“It is over,” said Mark Lopez. Daniel Ruiz criticised Mark Lopez at the debate, "
                + "when he called the plan “reckless.”"));
    }

    @Test
    void aPronounOpeningASentenceRefersToThePreviousSentencesSubject() {
        assertEquals("Daniel Ruiz", nameOfLast("“It is over,” said Mark Lopez. Daniel Ruiz spoke next. “He will learn,” he said."));
    }

    @Test
    void aSubjectOfTheOtherGenderLeavesThePronounToTheLastSpeaker() {
        assertEquals("Mark Lopez", nameOfLast("“It is over,” said Mark Lopez. Maria Ruiz spoke next. “He will learn,” he said."));
    }

    @Test
    void aNameWithAPossessiveAppositiveIsNoPlaceList() {
        assertEquals("Daniel Ruiz", nameOfLast(
                "Asked about the vote, Daniel Ruiz, Mark Lopez’s deputy, said it was close. “We lost,” he said."));
    }

    @Test
    void aPossessiveNameOpensTheSubjectItOwns() {
        assertEquals("Maria Lopez’s campaign", mentionOfLast(
                "Maria Lopez’s campaign shrugged off the remarks, telling reporters, “Nobody asked for his support.”"));
    }

    @Test
    void aPastTenseVerbAfterANounEndsTheSubject() {
        assertEquals("The committee chairman", mentionOfLast(
                "The committee chairman seemed unconvinced by the “rosy projections” in the report."));
        assertEquals("Rick Santorum", mentionOfLast("Rick Santorum turned his sights on the governor, whose plan was “a fantasy.”"));
    }

    @Test
    void aParticipleAfterADeterminerStaysInTheSubject() {
        assertEquals("The retired general", mentionOfLast("The retired general warned of “grave risks” ahead."));
    }

    @Test
    void theClauseHoldingTheQuoteLendsItsPronounSubject() {
        assertEquals("she", mentionOfLast("Maria Lopez backed the deal, although she has “serious doubts” about the costs."));
    }

    @Test
    void aPronounRefersToANameInAnAppositiveSubject() {
        assertEquals("Mark Lopez", nameOfLast("“It is over,” said Daniel Ruiz. The leader of the union, Mark Lopez, warned of a "
                + "long strike. “We will not give in,” he said."));
    }

    @Test
    void aSubjectOfUnknownGenderStillTakesThePronoun() {
        // "Casey": the SSA records give it to boys and girls alike (60% boys), so either pronoun agrees
        assertEquals("Casey Hunter", nameOfLast("“It is over,” said Daniel Ruiz. Councillor Casey Hunter told the Ledger that the "
                + "vote was close. “We will not give in,” he said."));
    }

    @Test
    void aSubjectWhoseFirstNameIsMostlyGivenToGirlsDoesNotTakeHe() {
        // "Kim": 84% of the births the SSA records are girls, so "he" goes back to Daniel Ruiz
        assertEquals("Daniel Ruiz", nameOfLast("“It is over,” said Daniel Ruiz. Councillor Kim Hunter told the Ledger that the "
                + "vote was close. “We will not give in,” he said."));
    }

    @Test
    void aSentenceWithoutAPersonLeavesThePronounToTheLastSpeaker() {
        assertEquals("Daniel Ruiz", nameOfLast(
                "“It is over,” said Daniel Ruiz. The Lisbon council met late. “We will not give in,” he said."));
    }

    @Test
    void aRoleBetweenTwoNamesBelongsToTheSecondName() {
        List<AttributedQuotation> qs = all("Lopez campaign spokesman Daniel Ruiz said the numbers were “simply wrong.”");
        assertEquals("Lopez campaign spokesman Daniel Ruiz", mention(qs.get(0)));
        assertEquals("Daniel Ruiz", qs.get(0).speaker().name());
    }

    @Test
    void aRoleWithoutASecondNameKeepsNoName() {
        assertEquals(null, nameOfLast("Lopez campaign spokesman said the numbers were “simply wrong.”"));
    }

    @Test
    void aPronounRefersToTheNameThatEndsALongRoleSubject() {
        assertEquals("Mark Lopez", nameOfLast("“It is over,” said Daniel Ruiz. On the topic, Lisbon branch president Mark Lopez "
                + "told the Ledger that the vote was close. “We will not give in,” he said."));
    }

    @Test
    void theSubjectOfThePronounsOwnSentenceWinsOverANamedObject() {
        assertEquals("Casey Hunter", nameOfLast("“It is over,” said Daniel Ruiz. Casey Hunter went after Ruiz at the forum, "
                + "when he called the plan “reckless.”"));
    }

    @Test
    void aTimePhraseOpeningTheSentenceIsNoSubject() {
        assertEquals("Maria Lopez", mentionOfLast("Earlier this week, Maria Lopez, who ran the port for years, conceded the "
                + "situation is “deeply regrettable.”"));
    }

    @Test
    void aNameAfterAPrepositionIsNoSubjectForAParticiple() {
        assertEquals("Maria Lopez", mentionOfLast("Lisbon (AFP) – Maria Lopez has taken a swipe at Socialist rival Daniel "
                + "Ruiz’s stance on tolls, saying that “loud promises” do more harm than good."));
    }

    @Test
    void theClauseHoldingTheQuoteLendsItsPronounAfterAThingAsSubject() {
        assertEquals("he", mentionOfLast("The reform stalled, and he has fought the union ever since over its “outdated rules” on pay."));
    }

    @Test
    void aThingPronounDoesNotReplaceTheClauseSubject() {
        assertEquals("The reform", mentionOfLast("The reform stalled, and it has hurt the union over its “outdated rules” on pay."));
    }

    @Test
    void aGroupsTheyInADescribingClauseDoesNotQuoteIt() {
        assertEquals(null, mentionOfLast("Programs vary from town to town, depending on when they were diagnosed and whether "
                + "they are “high” or “low” functioning."));
    }

    @Test
    void aTitleQuotedInTheOuterFrameDoesNotHideTheOuterReporter() {
        String text = "But he told the “Morning Show” that he thinks Ruiz is a “total opportunist” and left.";
        List<AttributedQuotation> qs = all(text);
        AttributedQuotation q = qs.get(qs.size() - 1);
        assertEquals(text.indexOf("he told"), q.speaker().mention().span().start());
    }

    @Test
    void aQuotationWithItsOwnFrameStillStopsTheOuterReport() {
        assertEquals("Ruiz", mentionOfLast("But he praised the “Morning Show” host and Ruiz said it was a “total mess” at the end."));
    }

    @Test
    void aNameOpeningTheClauseThatHoldsTheQuoteIsItsSubject() {
        assertEquals("Lopez", mentionOfLast("The mayor herself went on the radio Wednesday for an interview, in which Lopez "
                + "expressed confidence that the plan was “going to work out fine.”"));
    }

    @Test
    void aCoordinatedAdjectiveIsNoClauseSubject() {
        assertEquals("Ruiz", mentionOfLast("Aides to Ruiz were tired. Ruiz toured the Syrian and Iraqi refugee camps "
                + "with “a heavy heart and a full notebook.”"));
    }

    @Test
    void aPronounBeforeAShortAsideIsTheSubject() {
        assertEquals("she", mentionOfLast("Ann Roe held a rally on Monday. She pledged to fix the “broken” tax system and she, "
                + "once again, pledged a “political revolution” and said she would stay."));
    }

    @Test
    void aNameBeforeAnAppositiveStaysTheSubject() {
        assertEquals("Mark Lopez", mentionOfLast("Mark Lopez, the mayor, said the plan was “a failure” on Monday."));
    }

    @Test
    void aSpeechVerbInAClosedRelativeClauseDoesNotFrameTheMainClause() {
        assertEquals("He", mentionOfLast("He said that the plan, which some have argued was meant to stall the port, "
                + "was an “insult” to the workers."));
    }

    @Test
    void aSpeechVerbInARelativeClauseFramesTheQuotationInsideIt() {
        assertEquals("Lopez", mentionOfLast("The plan, which Lopez called “a disgrace,” passed anyway."));
    }
}
