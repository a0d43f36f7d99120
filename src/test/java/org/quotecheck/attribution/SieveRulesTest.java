package org.quotecheck.attribution;

import static org.quotecheck.attribution.Extracted.EX;
import static org.quotecheck.attribution.Extracted.last;
import static org.quotecheck.attribution.Extracted.mention;
import static org.quotecheck.attribution.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each sieve rule with a case it decides and a case it must leave to others. Sentences are our own. */
class SieveRulesTest {

    // said-after
    @Test
    void saidAfterTakesTheSpeakerNamedRightAfterTheQuote() {
        AttributedQuotation q = only("“The harbour will reopen in May,” Maria Lopez said on Friday.");
        assertEquals("said-after", q.rule());
        assertEquals("Maria Lopez", mention(q));
        assertEquals("said", q.cue().text());
    }

    @Test
    void saidAfterAcceptsTheInvertedOrderAndALongAppositive() {
        assertEquals("the harbour master", mention(only("“We are ready,” said the harbour master.")));
        assertEquals("Hugo Brandt", mention(only(
                "“It was close,” Hugo Brandt, a surgeon who worked nights at the county hospital for years, said.")));
    }

    @Test
    void aParticipleAfterTheQuoteContinuesTheFrameBeforeIt() {
        AttributedQuotation q = only("Mayor Ines Duarte called the plan “bold,” adding that the council would vote soon.");
        assertNotEquals("said-after", q.rule());
        assertEquals("Mayor Ines Duarte", mention(q));
    }

    @Test
    void aFiniteVerbAfterTheQuoteStillFramesIt() {
        AttributedQuotation q = only("“We start in June,” added Ines Duarte, the mayor.");
        assertEquals("said-after", q.rule());
        assertEquals("Ines Duarte", mention(q));
    }

    @Test
    void saidAfterIgnoresTheNextSentencesSubject() {
        AttributedQuotation q = only("The report calls the plan “a failure of nerve.” He said the council will vote today.");
        assertNotEquals("said-after", q.rule());
    }

    // interrupted
    @Test
    void anInterruptedQuoteGivesBothPartsOneSpeaker() {
        List<AttributedQuotation> qs = EX.extract("“We tried,” the farmer said, “but the river won.”");
        assertEquals(2, qs.size());
        assertEquals("interrupted", qs.get(1).rule());
        assertEquals("the farmer", mention(qs.get(1)));
    }

    @Test
    void aQuoteAfterAFullSentenceIsNotInterrupted() {
        List<AttributedQuotation> qs = EX.extract("“We tried,” the farmer said. Then the mayor arrived. “Nobody listens.”");
        assertNotEquals("interrupted", qs.get(1).rule());
    }

    // coordinated
    @Test
    void coordinatedQuotesShareTheFrame() {
        List<AttributedQuotation> qs = EX.extract("The coach said the team was “tired” and “slow” all season.");
        assertEquals("coordinated", qs.get(1).rule());
        assertEquals("The coach", mention(qs.get(1)));
    }

    @Test
    void quotesInDifferentSentencesAreNotCoordinated() {
        List<AttributedQuotation> qs = EX.extract("The coach said the team was “tired and worn out.” Fans called the season “lost.”");
        assertNotEquals("coordinated", qs.get(1).rule());
    }

    // said-before, colon frames
    @Test
    void saidBeforeTakesTheSubjectOfTheReportingVerb() {
        AttributedQuotation q = only("Mayor Ana Ruiz told reporters that “the bridge is safe again.”");
        assertEquals("said-before", q.rule());
        assertEquals("Mayor Ana Ruiz", mention(q));
        assertEquals("told", q.cue().text());
    }

    @Test
    void aReportNestedInAnotherReportIsCreditedToTheOuterReporter() {
        AttributedQuotation q = only("Councillor Ana Ruiz said on Monday that the mayor called the plan “reckless.”");
        assertEquals("said-before", q.rule());
        assertEquals("Councillor Ana Ruiz", mention(q));
    }

    @Test
    void aReportInsideARelativeClauseKeepsItsOwnSpeaker() {
        AttributedQuotation q = only("Ana Ruiz said the budget passed, which the mayor said was “a reckless gamble with our savings.”");
        assertEquals("the mayor", mention(q));
    }

    @Test
    void saidBeforeKeepsTheReporterNotTheOneReported() {
        AttributedQuotation q = only("Lindqvist himself admitted that Okafor “simply outplayed me.”");
        assertEquals("Lindqvist", mention(q));
        assertEquals("Lindqvist", q.speaker().name());
    }

    @Test
    void aColonIntroductionAttributesTheQuote() {
        AttributedQuotation q = only("The minister said in a statement: “No school will close this year.”");
        assertEquals("said-before", q.rule());
        assertEquals("The minister", mention(q));
    }

    @Test
    void saidBeforeDoesNotUseAnUnrelatedVerbInAPreviousSentence() {
        AttributedQuotation q = only("Okafor said nothing. The crowd wanted “a miracle on ice” tonight.");
        assertNotEquals("said-before", q.rule());
    }

    @Test
    void rarerReportingVerbsCount() {
        for (String verb : List.of("sighed", "grumbled", "quipped", "wrote", "tweeted", "warned", "insisted")) {
            AttributedQuotation q = only("“That was the last train,” Petra Novak " + verb + ".");
            assertEquals("Petra Novak", mention(q), verb);
        }
    }

    // sentence-frame
    @Test
    void aFrameAtTheEndOfTheSentenceAttributesAPartialQuote() {
        AttributedQuotation q = only("The city has used “soft power” in its dealings with the suburbs, said Ines Mora, a planner.");
        assertEquals("sentence-frame", q.rule());
        assertEquals("Ines Mora", mention(q));
    }

    @Test
    void aFrameInAnotherSentenceIsNoSentenceFrame() {
        AttributedQuotation q = only("The city has used “soft power” with the suburbs. Ines Mora said so.");
        assertNotEquals("sentence-frame", q.rule());
    }

    // name-colon
    @Test
    void aNameAndAColonIntroduceAQuote() {
        AttributedQuotation q = only("Sen. Dana Whitfield: “We will not fold on this bill.”");
        assertEquals("name-colon", q.rule());
        assertEquals("Dana Whitfield", q.speaker().name());
        assertEquals("Sen.", q.speaker().role());
    }

    @Test
    void aColonAfterAPhraseThatIsNoNameIsNoNameColon() {
        AttributedQuotation q = only("Here is the sign on the door at the old mill: “Closed until further notice.”");
        assertNotEquals("name-colon", q.rule());
    }

    // according-to
    @Test
    void accordingToNamesTheSource() {
        AttributedQuotation q = only("According to Jonas Berg, the vote was “a formality.”");
        assertEquals("according-to", q.rule());
        assertEquals("Jonas Berg", mention(q));
    }

    // source-after
    @Test
    void aSourceNamedAfterTheQuoteTakesPrecedenceOverTheReportedFrame() {
        AttributedQuotation q = only("“The bridge stays shut,” the mayor said, according to the Valley Courier.");
        assertEquals("source-after", q.rule());
        assertEquals("the Valley Courier", mention(q));
        assertEquals("Jonas Berg", mention(only("The vote was “a formality,” according to Jonas Berg.")));
    }

    @Test
    void aSourceAfterAnotherQuotationOrInTheNextSentenceDoesNotCount() {
        List<AttributedQuotation> qs = EX.extract(
                "“The bridge stays shut,” the mayor said. “Repairs take a year,” according to the Valley Courier.");
        assertEquals("the mayor", mention(qs.get(0)));
        assertNotEquals("source-after", qs.get(0).rule());
        assertEquals("source-after", qs.get(1).rule());
    }

    @Test
    void accordingToInAnotherSentenceDoesNotCount() {
        AttributedQuotation q = only("According to Jonas Berg, the vote is Monday. The rest was “a formality for everyone involved.”");
        assertNotEquals("according-to", q.rule());
    }

    // dash
    @Test
    void aDashAndANameAfterTheQuoteAttributeIt() {
        AttributedQuotation q = only("“Never give up on a neighbour.” — Rosa Delgado");
        assertEquals("dash", q.rule());
        assertEquals("Rosa Delgado", mention(q));
    }

    @Test
    void aDashThatContinuesTheSentenceIsNoAttribution() {
        AttributedQuotation q = only("The sign read “Never give up on a neighbour” - Delgado liked it a lot.");
        assertNotEquals("dash", q.rule());
    }

    // continued-quote
    @Test
    void aQuotationReopenedInTheNextParagraphKeepsItsSpeaker() {
        List<AttributedQuotation> qs = EX.extract(
                "“We rebuilt the school with our own hands,” said Amara Diallo.\n\n“Then the rain came back.\n\n“It took the roof again.”");
        assertEquals(3, qs.size());
        assertEquals("continued-quote", qs.get(2).rule());
        assertEquals("Amara Diallo", mention(qs.get(2)));
    }

    @Test
    void aNewQuotationInTheNextParagraphIsNoContinuation() {
        List<AttributedQuotation> qs = EX.extract("“We rebuilt the school,” said Amara Diallo.\n\nThe mayor wrote “thanks” on a card.");
        assertNotEquals("continued-quote", qs.get(1).rule());
    }

    // clause-subject
    @Test
    void aPartialQuoteBelongsToTheSubjectOfItsClause() {
        AttributedQuotation q = only("In turn, Okonkwo was critical of plans to impose “rules made far from here on every village.”");
        assertEquals("clause-subject", q.rule());
        assertEquals("Okonkwo", mention(q));
        assertEquals("was critical of", q.cue().text());
    }

    @Test
    void aScareQuoteHasNoSpeaker() {
        AttributedQuotation q = only("Okonkwo was proud of the so-called “reform” all the same.");
        assertNull(q.speaker());
        assertEquals("none", q.rule());
    }

    // titles
    @Test
    void aQuotedTitleOfAWorkHasNoSpeaker() {
        AttributedQuotation q = only("Nadia Petrov wrote a novel called “The Long Winter of Our Town” last year.");
        assertNull(q.speaker());
    }

    @Test
    void aTitleCaseQuoteRightBeforeASpeechFrameIsStillAttributed() {
        AttributedQuotation q = only("“Go Home Now,” Nadia Petrov shouted at the gate.");
        assertEquals("Nadia Petrov", mention(q));
    }

    // same-paragraph
    @Test
    void aSecondQuoteOfTheParagraphKeepsTheSpeaker() {
        List<AttributedQuotation> qs = EX.extract("“We lost the harvest,” Tomas Reyes said. The storm came early. “Next year we plant earlier.”");
        assertEquals("same-paragraph", qs.get(1).rule());
        assertEquals("Tomas Reyes", mention(qs.get(1)));
    }

    @Test
    void aQuoteInAParagraphWithoutAnyFrameGetsNoSameParagraphSpeaker() {
        List<AttributedQuotation> qs = EX.extract("The report arrived.\n\nIt ends: “We lost the harvest and the hope that came with it.”");
        assertNotEquals("same-paragraph", qs.get(0).rule());
    }

    // previous-paragraph
    @Test
    void aQuoteOnlyParagraphContinuesThePreviousSpeaker() {
        List<AttributedQuotation> qs = EX.extract(
                "Fatima Khan, the school's principal, said the roof was fixed in time.\n\n“The children never missed a day.”");
        assertEquals("previous-paragraph", qs.get(0).rule());
        assertEquals("Fatima Khan", qs.get(0).speaker().name());
    }

    @Test
    void aQuoteInsideANarrativeParagraphDoesNotReachBack() {
        List<AttributedQuotation> qs = EX.extract(
                "Fatima Khan said the roof was fixed.\n\nThe storm, which locals call “the beast of March and April,” left.");
        assertNotEquals("previous-paragraph", qs.get(0).rule());
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

    // party labels
    @Test
    void aPartyLabelBetweenNameAndVerbIsSkipped() {
        AttributedQuotation q = only("“We will not fold,” Rep. Dana Whitfield (D-Ohio) said on Friday.");
        assertEquals("said-after", q.rule());
        assertEquals("Rep. Dana Whitfield", mention(q));
        AttributedQuotation before = only("Sen. Tom Hale (R-Utah) said the plan was “dead on arrival.”");
        assertEquals("Sen. Tom Hale", mention(before));
    }

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

    // colon-paragraph
    @Test
    void aParagraphEndingInAColonIntroducesTheNextQuoteOnlyParagraph() {
        List<AttributedQuotation> qs = EX.extract("Councillor Ines Mora then listed her three demands:\n\n"
                + "“Fix the roads. Open the library. Hire two more nurses.”\n\n“And do it this year.”");
        assertEquals("colon-paragraph", qs.get(0).rule());
        assertEquals("Ines Mora", qs.get(0).speaker().name());
        assertEquals("Ines Mora", qs.get(1).speaker().name());
    }

    @Test
    void aColonParagraphThatAlreadyQuotesSomeoneIntroducesNothing() {
        List<AttributedQuotation> qs = EX.extract("The sign at the gate says “closed” and below it:\n\n“No entry after dark for anyone at all.”");
        assertNotEquals("colon-paragraph", qs.get(1).rule());
    }

    // dashes
    @Test
    void aHorizontalBarAndANameAttributeTheQuote() {
        AttributedQuotation q = only("“We came for the schools.” ― Rosa Delgado");
        assertEquals("Rosa Delgado", mention(q));
    }

    // named shows and papers
    @Test
    void aShowNamedAfterAPrepositionIsATitleEvenWithItsFullStop() {
        List<AttributedQuotation> qs = EX.extract("“We are ready,” Hugo Brandt said on “Morning Harbor Talk.”");
        assertEquals(2, qs.size());
        assertNull(qs.get(1).speaker());
    }

    @Test
    void aLowerCaseQuoteAfterAPrepositionIsNoTitle() {
        AttributedQuotation q = only("Hugo Brandt said the vote was a step toward “a fairer deal for all of us.”");
        assertEquals("Hugo Brandt", mention(q));
    }

    @Test
    void moreVerbsOfSpeechAndWritingFrameQuotes() {
        for (String verb : List.of("barked", "riffed", "elaborated", "remembered", "blamed", "decried")) {
            AttributedQuotation q = only("“Nobody reads the fine print,” Petra Novak " + verb + ".");
            assertEquals("Petra Novak", mention(q), verb);
        }
    }

    @Test
    void aSpeechWordAfterADeterminerIsANounNotAFrame() {
        List<AttributedQuotation> qs = EX.extract("The mayor's claims and her remarks:\n\n“The bridge is closed for good now.”");
        assertNotEquals("her", mention(qs.get(0)));
    }

    @Test
    void anHonorificStartsTheNameAfterAnInvertedVerb() {
        AttributedQuotation q = only("“The trial failed,” said Dr. Ines Mora, a surgeon at the county hospital.");
        assertEquals("Dr. Ines Mora", mention(q));
    }

    @Test
    void aFrameGovernsSeveralPartialQuotesOfItsSentence() {
        List<AttributedQuotation> qs = EX.extract("Okafor said the club has “several options” for keeping the “unhappy” players.");
        assertEquals("Okafor", mention(qs.get(1)));
    }

    @Test
    void aFramedQuoteInBetweenStopsTheSearchForAnEarlierFrame() {
        List<AttributedQuotation> qs = EX.extract("Okafor said, “We are done.” Fans booed the “unhappy” players.");
        assertNotEquals("said-before", qs.get(1).rule());
    }

    @Test
    void anOpeningParticiplePhraseIsNoClauseSubject() {
        AttributedQuotation q = only("Speaking to farmers in the valley, Okonkwo was critical of plans to impose “rules made far from here.”");
        assertEquals("Okonkwo", mention(q));
    }

    @Test
    void aNameEndingInIngStillStartsAClause() {
        AttributedQuotation q = only("In the end, Browning was critical of plans to impose “rules made far from here.”");
        assertEquals("Browning", mention(q));
    }

    // relative-clause speakers
    @Test
    void aRelativeWhoIsTheMentionAndItsAntecedentTheName() {
        AttributedQuotation q = only("The plan was opposed by Nora Quint, who called it “a tax on the poor.”");
        assertEquals("who", mention(q));
        assertEquals("Nora Quint", q.speaker().name());
    }

    @Test
    void aNameThatOnlyStartsTheSentenceIsNoRelativeAntecedent() {
        AttributedQuotation q = only("Nora Quint called the plan “a tax on the poor.”");
        assertEquals("Nora Quint", mention(q));
    }

    // paragraph frames: inverted subjects only where the order can invert
    @Test
    void anInvertedParagraphFrameNamesTheSpeakerAfterTheVerb() {
        List<AttributedQuotation> qs = EX.extract("Late on Friday — said the harbour master — the port closed.\n\n“Nothing is left.”");
        assertEquals("the harbour master", mention(qs.get(0)));
    }

    @Test
    void theObjectOfATellingVerbIsNoSpeaker() {
        List<AttributedQuotation> qs = EX.extract(
                "Mara Finch, who was visiting the port, did not name the company but told dock workers that the contract "
                        + "would go to those “who still build ships.”");
        assertNotEquals("dock workers", mention(qs.get(0)));
    }

    // clause-subject: only subjects that can speak
    @Test
    void aDummyItOrThereIsNoClauseSubjectSpeaker() {
        assertNull(only("It was a season of “quiet despair” for the growers.").speaker());
        assertNull(only("There were warnings of “serious harm” to the valley.").speaker());
    }

    @Test
    void aCapitalisedParticipleOpeningTheSentenceIsNoClauseSubjectSpeaker() {
        assertNull(only("Frustrated by delays over the bridge repairs, “enough is enough” became the slogan.").speaker());
    }

    @Test
    void aPersonalPronounStillSpeaksAsClauseSubject() {
        AttributedQuotation q = only("She was critical of efforts to impose “rules nobody voted for” on the town.");
        assertEquals("clause-subject", q.rule());
        assertEquals("She", mention(q));
    }

    // nearest mention for carried-over speakers
    @Test
    void aCarriedOverSpeakerIsMentionedByThePronounOfTheQuotesOwnSentence() {
        List<AttributedQuotation> qs = EX.extract("Mayor Anna Berg said the bridge would reopen in May. "
                + "“Painful but fair” was how she put it.");
        AttributedQuotation q = qs.get(0);
        assertEquals("same-paragraph", q.rule());
        assertEquals("she", mention(q));
        assertEquals("Anna Berg", q.speaker().name());
    }

    @Test
    void aPronounOfTheOtherGenderDoesNotReanchorTheMention() {
        List<AttributedQuotation> qs = EX.extract("Mayor Anna Berg said the bridge would reopen in May. "
                + "“Painful but fair” was how he put it.");
        assertNotEquals("he", mention(qs.get(0)));
    }

    // sentence-frame over several partial quotes, and a long appositive after an inverted "said"
    @Test
    void aFrameAtTheSentenceEndGovernsEveryPartialQuoteBeforeIt() {
        List<AttributedQuotation> qs = EX.extract("The grant will bring “a real lift” to the town and “new hope” to its farmers,"
                + " county spokesman Omar Haddad said.");
        assertEquals(2, qs.size());
        assertEquals("county spokesman Omar Haddad", mention(qs.get(0)));
        assertEquals("county spokesman Omar Haddad", mention(qs.get(1)));
    }

    @Test
    void aLaterQuotationWithItsOwnFrameStopsTheSentenceFrame() {
        List<AttributedQuotation> qs = EX.extract("The grant brings “a real lift” to the town, “and more,” Mara Lind said,"
                + " which the mayor denied.");
        assertEquals("Mara Lind", mention(qs.get(1)));
        assertNotEquals("the mayor", mention(qs.get(0)));
    }

    @Test
    void anInvertedSaidMayCarryALongAppositive() {
        AttributedQuotation q = only("The mill will bring “a real lift” to the valley, said Grace Holloway,"
                + " director of the regional development office in the northern district of the county.");
        assertEquals("Grace Holloway", mention(q));
    }

    @Test
    void aNonInvertedFrameFarFromTheSentenceEndIsNoFrame() {
        AttributedQuotation q = only("The mill brings “a real lift” to the valley, and the town said the"
                + " regional development office in the northern district of the county would pay for the new road.");
        assertNotEquals("sentence-frame", q.rule());
    }

    // an inverted frame opening the sentence
    @Test
    void anOpeningSaidTakesTheNameAfterIt() {
        AttributedQuotation q = only("Said Dora Vance, who grew up on the street, “We were all so proud.”");
        assertEquals("Dora Vance", mention(q));
        assertEquals("Said", q.cue().text());
    }

    @Test
    void anOpeningSaidWithoutANameGivesNoInvertedFrame() {
        AttributedQuotation q = only("Said to be “the best in town,” the bakery closed.");
        assertNotEquals("the best in town", mention(q));
        assertNotEquals("Said", q.cue() == null ? null : q.cue().text());
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

    // a quotation naming the thing a common noun stands for
    @Test
    void aQuotationNamedByACommonNounHasNoSpeaker() {
        assertNull(only("Mara Lind staged a play called “Salt and Iron” in the old mill.").speaker());
        assertNull(only("Omar Haddad leads a group known as “the Lantern Club” in the valley.").speaker());
        assertNull(only("The council released an ad titled “Build It Now” on Monday.").speaker());
    }

    @Test
    void aPersonCallingSomethingAQuotationStillSpeaks() {
        AttributedQuotation q = only("Mara Lind called the plan “a gift to the rich.”");
        assertEquals("Mara Lind", mention(q));
        AttributedQuotation r = only("Omar Haddad, who has called it “a swindle,” voted no.");
        assertNotEquals(null, r.speaker());
    }

    // "that" after a quotation opens a clause
    @Test
    void aThatClauseAfterAQuoteIsNoSubjectTheLaterFrameSpeaks() {
        AttributedQuotation q = only("“It seems most unlikely” that Lind can win, said Omar Haddad, a party strategist.");
        assertEquals("Omar Haddad", mention(q));
    }

    @Test
    void aNameAfterAQuoteStillSpeaksWithoutThat() {
        AttributedQuotation q = only("“It seems most unlikely,” Omar Haddad, a party strategist, said.");
        assertEquals("Omar Haddad", mention(q));
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

    // a quote-only paragraph after a paragraph about a person with no speech verb
    @Test
    void aWholeSentenceQuoteContinuesThePersonThePreviousParagraphIsAbout() {
        List<AttributedQuotation> qs = EX.extract("Lind spoke on Monday.\n\nLind is upbeat about the vote, in part because"
                + " the polls have turned.\n\n“We can win this district, and we will win it in November.”");
        AttributedQuotation q = qs.get(qs.size() - 1);
        assertEquals("Lind", mention(q));
        assertEquals("previous-paragraph", q.rule());
    }

    @Test
    void aShortFragmentAfterSuchAParagraphStaysUnattributed() {
        List<AttributedQuotation> qs = EX.extract("Lind spoke on Monday.\n\nLind is upbeat about the vote.\n\n“Landslide.”");
        assertNull(qs.get(qs.size() - 1).speaker());
        List<AttributedQuotation> rs = EX.extract("The weather turned cold on Monday.\n\n“We can win this district, and we will win it in November.”");
        assertNull(rs.get(rs.size() - 1).speaker());
    }

    // a capitalised speech verb opening the sentence, a name after it
    @Test
    void anOpeningInvertedVerbBeforeAColonIntroducesTheNextParagraph() {
        List<AttributedQuotation> qs = EX.extract("The host asked about the bridge.\n\nContinued Lind:\n\n“We will fund it in full next year.”");
        assertEquals("Lind", mention(qs.get(qs.size() - 1)));
        assertEquals("Continued", qs.get(qs.size() - 1).cue().text());
    }

    @Test
    void anOpeningParticipleIsNoInvertedFrame() {
        AttributedQuotation q = only("Asked Monday about the bridge, the crowd chanted “fund it now.”");
        assertNotEquals("Monday", mention(q));
    }

    // a mention must be able to name someone
    @Test
    void aVerbPhraseIsNeverASpeakerMention() {
        AttributedQuotation q = only("By noon a crowd had gathered at the gate, chanting and carrying signs saying “close the mine.”");
        assertNotEquals("carrying signs", mention(q));
    }

    @Test
    void aParticipleModifierBeforeANameStaysInTheMention() {
        AttributedQuotation q = only("“We are not done,” said retired Army Gen. Ann Roe.");
        assertEquals("retired Army Gen. Ann Roe", mention(q));
        AttributedQuotation r = only("“We are not done,” said one of the striking miners.");
        assertEquals("one of the striking miners", mention(r));
    }

    // a name after a dash or "from" introduces a quote with a colon
    @Test
    void aNameAfterADashOrFromBeforeAColonSpeaks() {
        assertEquals("Ann Roe", mention(only("Pollsters agree - Ann Roe: “Keep calling voters until the last day.”")));
        assertEquals("Roe", mention(only("More from Roe: “The sample was far too small.”")));
    }

    @Test
    void aCommonNounBeforeAMidSentenceColonIsNoSpeaker() {
        AttributedQuotation q = only("Voters saw one slogan on every wall - the motto: “Keep calling voters.”");
        assertNotEquals("the motto", mention(q));
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

    // transcript labels
    @Test
    void aTranscriptLabelInCapitalsNamesTheSpeakerOfItsLine() {
        List<AttributedQuotation> qs = EX.extract("The radio host Dana Whitlow questioned Governor Ann Roe about the new budget on Sunday.\n\n"
                + "“WHITLOW: Will you sign the bill?\n\n“ROE: I will sign it on Monday.”");
        AttributedQuotation q = qs.get(qs.size() - 1);
        assertEquals("transcript-label", q.rule());
        assertEquals("ROE", mention(q));
        assertEquals("Ann Roe", q.speaker().name());
    }

    @Test
    void aSectionLabelOrAFramedQuoteIsNoTranscriptLine() {
        AttributedQuotation video = only("The clip ended with a caption: “VIDEO: the flood at dawn.”");
        assertNotEquals("transcript-label", video.rule());
        AttributedQuotation framed = only("“NOTE: the road is closed,” Ann Roe said.");
        assertEquals("Ann Roe", mention(framed));
        AttributedQuotation lower = only("“Roe: the road is closed.”");
        assertNotEquals("transcript-label", lower.rule());
    }

    // a relative "who" after an appositive
    @Test
    void aRelativeWhoAfterAnAppositiveNamesThePersonBeforeIt() {
        AttributedQuotation q = only("The vote was delayed by Marc Ode, the chief executive of the Urban League, who called it “a mistake.”");
        assertEquals("who", mention(q));
        assertEquals("Marc Ode", q.speaker().name());
    }

    @Test
    void aRelativeWhoAfterAPlainNameKeepsThatName() {
        AttributedQuotation q = only("The vote was delayed by the Urban League chief Marc Ode, who called it “a mistake.”");
        assertEquals("Marc Ode", q.speaker().name());
        AttributedQuotation r = only("The vote was delayed by the chief executive, who called it “a mistake.”");
        assertNull(r.speaker().name());
    }

    // "as X put it"
    @Test
    void asSomeonePutItAttributesTheWording() {
        AttributedQuotation q = only("The mayor was seen, as the Valley Courier put it, as “the last honest broker.”");
        assertEquals("the Valley Courier", mention(q));
        assertEquals("put it", q.cue().text());
    }

    @Test
    void asWithoutPutItIsNoFrame() {
        AttributedQuotation q = only("The mayor was seen, as the Valley Courier noted in May, as “the last honest broker.”");
        assertNotEquals("as-put-it", q.rule());
    }

    @Test
    void aCapitalisedParticipleOpeningASentenceIsNoClauseSubject() {
        AttributedQuotation q = only("Following Monday's debate the crowd was asked about “thousands of shootings” in the city.");
        assertNotEquals("Following Monday", mention(q));
    }

    // clause-subject: subordinate clauses
    @Test
    void anOpeningSubordinateClauseDoesNotGiveTheClauseSubject() {
        AttributedQuotation q = only("As the rain began, Okonkwo was critical of plans to impose “rules made far from here on every village.”");
        assertEquals("clause-subject", q.rule());
        assertEquals("Okonkwo", mention(q));
    }

    @Test
    void theSubjectOfAnOpeningSubordinateClauseIsNoSpeaker() {
        AttributedQuotation q = only("When the storm grew worse, “the old drains under the square” overflowed again.");
        assertNotEquals("the storm", mention(q));
    }

    // clause-subject for one-word quotations
    @Test
    void aOneWordQuoteBelongsToAPersonSubjectOfItsClause() {
        AttributedQuotation q = only("Council debates the bridge.\n\nIn turn, Okonkwo was “furious” about the plans.");
        assertEquals("clause-subject", q.rule());
        assertEquals("Okonkwo", mention(q));
    }

    @Test
    void aOneWordQuoteAfterAThingAsSubjectIsATermNobodySays() {
        assertNull(only("Council debates the bridge.\n\nIn turn, the plan was “reckless” in several ways.").speaker());
        assertNull(only("In turn, Okonkwo was “furious” about the plans.").speaker(), "a headline paragraph frames nothing");
    }

    // a share of respondents speaks through its poll
    @Test
    void aShareOfRespondentsIsCreditedToThePollNamedInTheSentence() {
        AttributedQuotation q = only("Voters are restless.\n\nIn a September Valley News poll, 75 percent of Republicans said "
                + "“most people in politics” cannot be trusted.");
        assertEquals("a September Valley News poll", mention(q));
    }

    @Test
    void aShareOfRespondentsWithNoPollNamedKeepsItsOwnMention() {
        AttributedQuotation q = only("Turnout was high.\n\nIn the town, 75 percent of residents said the bridge was “a lifeline for the town.”");
        assertEquals("75 percent of residents", mention(q));
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

    // source-after: an outlet that reported the sentence
    @Test
    void anOutletReportingTheSentenceIsTheSource() {
        AttributedQuotation q = only("Fans chanted, “Bring back the bridge,” waving banners, the Valley Courier reported.");
        assertEquals("source-after", q.rule());
        assertEquals("the Valley Courier", mention(q));
    }

    @Test
    void aReportedClauseThatDoesNotCloseTheSentenceNamesNoSource() {
        AttributedQuotation q = only("Fans chanted, “Bring back the bridge,” waving banners the Valley Courier reported were homemade.");
        assertNotEquals("source-after", q.rule());
    }

    // a naming participle after a comma frames what it names, however far
    @Test
    void aNamingParticipleAfterACommaFramesTheQuoteItNames() {
        AttributedQuotation q = only("The town voted.\n\nAna Ruiz defended the project, calling the new bridge across the "
                + "northern river a “lasting gift to everyone.”");
        assertEquals("said-before", q.rule());
        assertEquals("Ana Ruiz", mention(q));
    }

    @Test
    void aDistantNamingParticipleWithoutACommaIsNoFrame() {
        AttributedQuotation q = only("The town voted.\n\nAna Ruiz ignored the neighbours calling the new bridge across the "
                + "northern river a “lasting gift to everyone.”");
        assertNotEquals("said-before", q.rule());
    }

    // subjects behind appositives: dashes, parentheses, relative clauses

    @Test
    void aNameBetweenDashesAfterACommonNounIsTheSpeaker() {
        AttributedQuotation q = last("Lede.\n\nA former candidate -- John Ames, who lost the 2010 race -- said the plan was "
                + "“a costly mistake for everyone.”");
        assertEquals("said-before", q.rule());
        assertEquals("John Ames", mention(q));
    }

    @Test
    void aDashAsideWithoutANameKeepsTheNounPhrase() {
        AttributedQuotation q = last("Lede.\n\nThe senator -- not known for restraint -- said the plan was “a costly mistake.”");
        assertEquals("The senator", mention(q));
    }

    @Test
    void aParenthesisInsideAnAppositiveDoesNotHideTheName() {
        AttributedQuotation q = last("Lede.\n\nJeff Roe, chairman of Rising Tide (a Republican PAC), tweeted: "
                + "“People behind the stage are wearing the shirts.”");
        assertEquals("Jeff Roe", mention(q));
    }

    @Test
    void anOpeningParticipleBeforeATitledNameIsNoSpeaker() {
        AttributedQuotation q = last("Lede.\n\nSpeaking later on the same show, Sen. Claire Dunn (D-Mo.), who has endorsed "
                + "Lind, said the mayor is a “stronger” candidate.");
        assertEquals("Sen. Claire Dunn", mention(q));
    }

    @Test
    void clauseSubjectReachesANameAcrossItsRelativeClause() {
        AttributedQuotation q = last("Lede.\n\nStuart Stevens, who ran the 2012 campaign for the party, called the "
                + "statements and actions of the mayor on Sunday “childish.”");
        assertEquals("clause-subject", q.rule());
        assertEquals("Stuart Stevens", mention(q));
        assertEquals("called", q.cue().text());
    }

    @Test
    void clauseSubjectIgnoresAnOpeningDateWithItsAppositive() {
        AttributedQuotation q = last("Lede.\n\nMonday, the day of the vote, brought what some called “chaos.”");
        assertNotEquals("Monday", mention(q));
    }

    @Test
    void aSentenceOpeningWithTheSpeakersPronounRenamesThemForTheNextQuote() {
        AttributedQuotation q = last("Lede.\n\n“We have bigger problems,” says Gloria Marsh, 34, a nurse from Texas. "
                + "She says people should decide. “It is their life; they are not hurting anybody.”");
        assertEquals("same-paragraph", q.rule());
        assertEquals("She", mention(q));
        assertEquals("Gloria Marsh", q.speaker().name());
    }

    @Test
    void aPronounInsideTheFramingSentenceIsNoNewMention() {
        AttributedQuotation q = last("Lede.\n\n“We have bigger problems,” says Gloria Marsh, 34, a nurse from Texas, as she "
                + "left. “It is their life; they are not hurting anybody.”");
        assertEquals("Gloria Marsh", mention(q));
    }

    // short terms and titles of works

    @Test
    void aShortTermAfterADeterminerIsNotCarriedOverFromTheParagraph() {
        AttributedQuotation q = last("Lede.\n\n“We will win,” Lind said. That could trigger the “contested convention” "
                + "scenario in the summer.");
        assertEquals("none", q.rule());
        assertNull(q.speaker());
    }

    @Test
    void aShortPhraseWithoutADeterminerStillTakesTheParagraphsSpeaker() {
        AttributedQuotation q = last("Lede.\n\n“We will win,” Lind said. Victory would come “by a mile” in November.");
        assertEquals("same-paragraph", q.rule());
        assertEquals("Lind", mention(q));
    }

    @Test
    void aTitleCaseNameAfterANounForAWorkIsATitle() {
        AttributedQuotation q = last("Lede.\n\nZach Carter is a co-host of the politics podcast “So, That Happened.”");
        assertEquals("none", q.rule());
    }

    @Test
    void aSentenceAfterANounForAWorkIsStillAQuote() {
        AttributedQuotation q = last("Lede.\n\nAnn Lee, who hosts the show, said of the show: “Nobody expected it to last.”");
        assertEquals("Ann Lee", mention(q));
    }

    // names that look like modals; talking as a frame; short quote-only paragraphs

    @Test
    void aCapitalisedModalMidSentenceIsAName() {
        AttributedQuotation q = last("Lede.\n\n“The war is a reminder of what is at stake,” Will wrote.");
        assertEquals("said-after", q.rule());
        assertEquals("Will", mention(q));
    }

    @Test
    void aCapitalisedModalOpeningAQuestionIsNoName() {
        AttributedQuotation q = last("Lede.\n\nWill the council vote? “We are ready,” Ann Lee said.");
        assertEquals("Ann Lee", mention(q));
        assertEquals("Ann Lee", q.speaker().name());
    }

    @Test
    void spokeFramesTheQuoteOnlyParagraphThatFollows() {
        AttributedQuotation q = last("Lede.\n\nMuch was left unsaid, since Ann Lee spoke only in slogans during the interview."
                + "\n\n“We have to be a lot tougher.”");
        assertEquals("previous-paragraph", q.rule());
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aShortWholeSentenceParagraphContinuesThePersonJustDescribed() {
        AttributedQuotation q = last("Lede.\n\nAnn Lee was quick to add that the deal was off.\n\n“Building it? Not negotiable.”");
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aOneWordParagraphDoesNotContinueThePersonJustDescribed() {
        AttributedQuotation q = last("Lede.\n\nAnn Lee was quick to add that the deal was off.\n\n“Never.”");
        assertNull(q.speaker());
    }

    // where a subject ends: verbs after nouns, clauses after "after"

    @Test
    void aPastTenseVerbAfterANameEndsTheSubject() {
        AttributedQuotation q = last("Lede.\n\nIn late June, the American Bar Association completed its review of the record "
                + "with a \"well qualified\" rating, its top one.");
        assertEquals("clause-subject", q.rule());
        assertEquals("the American Bar Association", mention(q));
    }

    @Test
    void aParticipleAfterADeterminerStaysInTheSubject() {
        AttributedQuotation q = last("Lede.\n\nThe elected officials of the county were “deeply troubled” by the vote.");
        assertEquals("The elected officials of the county", mention(q));
    }

    @Test
    void aCommonVerbEndsAThingSubjectSoTheClauseAfterItSpeaks() {
        AttributedQuotation q = last("Lede.\n\nThe endorsement comes just three days after Ann Lee told the paper she was "
                + "“not quite there yet” on it.");
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aPhraseOfTimeAfterTheSubjectIsSkipped() {
        AttributedQuotation q = last("Lede.\n\nThe mayor, after the meeting, said it was “not quite there yet” on the plan.");
        assertEquals("The mayor", mention(q));
    }

    @Test
    void aFrameBeforeAPartialQuoteBeatsAReportAfterItThatHasItsOwnClause() {
        AttributedQuotation q = last("Lede.\n\nBut even as Ann Lee claimed on Tuesday that “the case was small,” one of the "
                + "prosecutors said the two cases were quite different.");
        assertEquals("said-before", q.rule());
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aReportAfterThePartialQuoteStillWinsWhenItClosesTheSentence() {
        AttributedQuotation q = last("Lede.\n\nAnn Lee claimed on Tuesday that “the case was small,” one of the prosecutors said.");
        assertEquals("said-after", q.rule());
        assertEquals("one of the prosecutors", mention(q));
    }

    @Test
    void anAsideRightAfterTheQuoteNamesItsSpeaker() {
        AttributedQuotation q = last("Lede.\n\nStill, the fact that the race “is a dead heat right now,” as Ann Lee said on the "
                + "radio on Monday, only magnifies the stakes.");
        assertEquals("as-put-it", q.rule());
        assertEquals("Ann Lee", mention(q));
        assertEquals("said", q.cue().text());
    }

    @Test
    void anAsideWithItsOwnClauseIsNoFrame() {
        AttributedQuotation q = last("Lede.\n\nThe race is “a dead heat,” as Ann Lee said she would prove later.");
        assertNotEquals("as-put-it", q.rule());
    }

    // opening-participle

    @Test
    void aQuoteInAnOpeningParticiplePhraseIsTheMainSubjects() {
        AttributedQuotation q = last("Lede.\n\nAcknowledging that the mayor “says a lot of silly stuff,” though, Ann Lee did "
                + "suggest that the deal was real.");
        assertEquals("opening-participle", q.rule());
        assertEquals("Ann Lee", mention(q));
        assertEquals("Acknowledging", q.cue().text());
    }

    @Test
    void aParticiplePhraseThatIsTheSubjectFramesNothing() {
        AttributedQuotation q = last("Lede.\n\nDeclaring the statements “not Christian” is easy for the bishop.");
        assertNotEquals("opening-participle", q.rule());
    }

    @Test
    void aPrepositionEndingInIngOpensNoParticiplePhrase() {
        AttributedQuotation q = last("Lede.\n\nDuring the long meeting about “core values,” the mayor left early.");
        assertNotEquals("opening-participle", q.rule());
    }

    @Test
    void anOpeningAccordingToVouchesForTheReportItIntroduces() {
        AttributedQuotation q = last("Lede.\n\nAccording to pool reports, the mayor said “there is love” in the city.");
        assertEquals("pool reports", mention(q));
        assertEquals("According to", q.cue().text());
    }

    @Test
    void anAccordingToInsideTheReportLeavesTheReporter() {
        AttributedQuotation q = last("Lede.\n\nThe mayor said, according to his notes, that “there is love” in the city.");
        assertEquals("The mayor", mention(q));
    }

    @Test
    void aFrameAfterAFullStopThatIntroducesTheNextQuoteIsNotThisOnes() {
        AttributedQuotation q = EX.extract("Lede.\n\nLuis Osuna told the paper: “A lot of people are assuming things.” "
                + "Ann Lee added that members are “proud.”").get(0);
        assertEquals("said-before", q.rule());
        assertEquals("Luis Osuna", mention(q));
    }

    @Test
    void aQuoteModifyingTheNounAfterItHasNoFrameAfterIt() {
        AttributedQuotation q = last("Lede.\n\nSenate Democrats blocked the package because of \"poison pill\" measures added "
                + "by Republicans on other issues.");
        assertNotEquals("said-after", q.rule());
    }

    @Test
    void aQuoteWithoutItsCommaStillTakesANamedFrameAfterIt() {
        AttributedQuotation q = last("Lede.\n\n“We are ready” Ann Lee said.");
        assertEquals("said-after", q.rule());
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void anInfinitiveFrameTakesTheSubjectOfTheVerbItHangsOn() {
        AttributedQuotation q = last("Lede.\n\nAnn Lee went on to say, “From the bottom of my soul, I know this is true.”");
        assertEquals("said-before", q.rule());
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aNounBeforeToMakesNoInfinitiveFrame() {
        // whose chance it is the sentence does not say: no "to say" frame, and no "the mayor a" subject
        AttributedQuotation q = last("Lede.\n\nAnn Lee gave the mayor a chance to say “thank you” to the staff.");
        assertNotEquals("said-before", q.rule());
        assertNotEquals("the mayor a", mention(q));
    }

    @Test
    void aNameWithAnUnclosedAppositiveBeforeTheVerbStillSpeaks() {
        AttributedQuotation q = EX.extract("Lede.\n\n“Clinton needs a strategy,” Nate Silver, the polling guru who founded the "
                + "site tweeted on Wednesday.").get(0);
        assertEquals("said-after", q.rule());
        assertEquals("Nate Silver", mention(q));
    }

    @Test
    void aNewSentenceAfterAClosedQuoteGivesNoUnclosedAppositive() {
        AttributedQuotation q = EX.extract("Lede.\n\n“It was not ordinary.” Ann Lee, the mayor who ran the city tweeted "
                + "a photo.").get(0);
        assertNotEquals("Ann Lee", mention(q));
    }

    @Test
    void anOpeningTimePhraseIsNoClauseSubject() {
        AttributedQuotation q = last("Lede.\n\nEarlier this week, Ann Lee shared a bit of her anxiety with an audience at a "
                + "fundraiser, “I do not know which candidate will show up.”");
        assertEquals("clause-subject", q.rule());
        assertEquals("Ann Lee", mention(q));
    }

    // headlines

    @Test
    void aQuotationInTheHeadlineIsLeftToTheBodysCopy() {
        AttributedQuotation q = EX.extract("Lind: ‘We Will Win the Valley.’\n\nThe mayor spoke on Monday. “We will win the "
                + "valley,” Ann Lind said.").get(0);
        assertEquals("none", q.rule());
        assertNull(q.speaker());
    }

    @Test
    void aOneParagraphTextHasNoHeadline() {
        AttributedQuotation q = only("Ann Lind said: “We will win the valley.”");
        assertEquals("Ann Lind", mention(q));
    }

    @Test
    void aLongFirstParagraphIsNoHeadline() {
        AttributedQuotation q = EX.extract("Ann Lind said on Monday that the valley would be won. She added: “We will win the "
                + "valley.”\n\nThe vote is in May.").get(0);
        assertEquals("She", mention(q));
    }

    @Test
    void oneCapitalisedWordInsideASentenceIsALabel() {
        AttributedQuotation q = last("Lede.\n\nAnn Lee took the stage, saying the use of the term “Palestine” to refer to the "
                + "territory was wrong.");
        assertNull(q.speaker());
    }

    @Test
    void oneCapitalisedWordWithItsOwnFrameIsAQuote() {
        AttributedQuotation q = EX.extract("Lede.\n\n“Palestine,” Ann Lee said, “has not existed since 1948.”").get(0);
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aContrastingClauseNearerTheQuoteGivesItsOwnSubject() {
        AttributedQuotation q = last("Lede.\n\nMeanwhile, Ann Lee endorsed the deal, although she made it clear that she has "
                + "“serious concerns” about it.");
        assertEquals("clause-subject", q.rule());
        assertEquals("she", mention(q));
    }

    @Test
    void aReportedClausePronounIsNotTheNearerSubject() {
        AttributedQuotation q = last("Lede.\n\nAnn Lee was quick to praise the mayor and said this week that Bo Kim is "
                + "looking like he will be “very competitive” in November.");
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aParticipleRightAfterAnInvertedFrameContinuesThatFrame() {
        AttributedQuotation q = last("Lede.\n\nBo Kim left as soon as prayers were finished, Ann Lee said, adding, "
                + "“He was not very religious.”");
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aParticipleWithoutAFrameBeforeItTakesTheMainSubject() {
        AttributedQuotation q = last("Lede.\n\nAnn Lee left as soon as prayers were finished, adding, “I was tired.”");
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void referredToAsFramesALabel() {
        AttributedQuotation q = last("Lede.\n\nWhen Bo Kim announced his candidacy in June, he infamously referred to the "
                + "men as “criminals.”");
        assertEquals("he", mention(q));
        assertEquals("referred", q.cue().text());
    }

    @Test
    void aContractedPronounStillSpeaks() {
        AttributedQuotation q = last("Lede.\n\nEver since Bo Kim announced his candidacy last year, he's said the same "
                + "thing at every stop: “It is not about me.”");
        assertEquals("he", mention(q));
        assertEquals("said", q.cue().text());
    }

    @Test
    void aPossessiveNounIsStillNoSpeechVerb() {
        AttributedQuotation q = last("Lede.\n\nAnn Lee read the senator's statement aloud: “We will vote no.”");
        assertNotEquals("statement", mention(q));
    }

    @Test
    void aContrastingClauseWithItsOwnColonFrameTakesTheQuote() {
        AttributedQuotation q = last("Lede.\n\nAnn Lee said both men are “lightweights,” but she gave the mayor a "
                + "back-handed compliment: “You never have to guess where he is.”");
        assertEquals("she", mention(q));
    }

    @Test
    void aContrastingClauseWithoutAFrameLeavesTheReport() {
        AttributedQuotation q = last("Lede.\n\nAnn Lee says there is a long road ahead but she feels confident that "
                + "the mayor will “blow away expectations.”");
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aReportSetOffByCommasVouchesForTheClause() {
        AttributedQuotation q = last("Lede.\n\nThe network, Ann Lee said, called the announcement “highly significant.”");
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void anAppositiveWithoutASpeechVerbIsNoParentheticalReport() {
        AttributedQuotation q = last("Lede.\n\nThe network, a cable channel, called the announcement “highly significant.”");
        assertEquals("The network", mention(q));
    }

    @Test
    void anInvertedReportSetOffByCommasNamesTheSpeaker() {
        AttributedQuotation q = last("Lede.\n\nThe paradox of the mayor, says Carl Anthony, a historian at the library, is "
                + "that she was “one of the most powerful first ladies.”");
        assertEquals("Carl Anthony", mention(q));
    }

    @Test
    void aShareOpeningACoordinatedSubjectGoesToThePoll() {
        AttributedQuotation q = last("Lede.\n\nIn a national Gallup poll released Monday, 31% of Republicans and "
                + "independent voters said they were “extremely enthusiastic” about voting.");
        assertEquals("a national Gallup poll", mention(q));
    }

    @Test
    void aCoordinatedSubjectWithoutAShareKeepsItsSpeakers() {
        AttributedQuotation q = last("Lede.\n\nIn a national Gallup poll released Monday, Ann Lee and independent voters "
                + "said they were “extremely enthusiastic” about voting.");
        assertNotEquals("Gallup poll", mention(q));
    }

    @Test
    void theAgentOfAskedByAsksTheQuestion() {
        AttributedQuotation q = last("Lede.\n\nAnn Lee was asked by host Bo Kim, who backs her, “Now, you said that the emails "
                + "did not matter?”");
        assertEquals("host Bo Kim", mention(q));
    }

    @Test
    void askedWithoutByKeepsItsSubject() {
        AttributedQuotation q = last("Lede.\n\nAnn Lee asked the crowd, “Who is ready to vote?”");
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aYellingParticipleTakesTheSubjectOfItsClause() {
        AttributedQuotation q = last("Lede.\n\nSome of his supporters kicked a protester, with Bo Kim reportedly yelling: "
                + "“Get him out of here.”");
        assertEquals("Bo Kim", mention(q));
    }

    @Test
    void thePollIsFoundWhenAnotherParagraphFollows() {
        AttributedQuotation q = EX.extract("Lede.\n\nIn a September Gallup poll, 75 percent of Republicans said “most people "
                + "in politics” cannot be trusted.\n\nThe vote is in May.").get(0);
        assertEquals("a September Gallup poll", mention(q));
    }
}
