package org.quotecheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions resolve to the fullest name the article gives, with the role apart. Our own sentences. */
class NameResolverTest {

    private static Speaker last(String text) {
        List<AttributedQuotation> qs = QuoteExtractor.standard().extract(text);
        return qs.get(qs.size() - 1).speaker();
    }

    @Test
    void aSurnameResolvesToTheFirstFullMentionWithItsRole() {
        Speaker s = last("Agriculture Minister Lena Vogt visited the farm on Monday.\n\n"
                + "Vogt said “the drought is over for now.”");
        assertEquals("Lena Vogt", s.name());
        assertEquals("Agriculture Minister", s.role());
        assertEquals("Vogt", s.mention().text());
    }

    @Test
    void aFamilyNameFirstNameResolves() {
        Speaker s = last("State Councilor Chen Bo met the envoy.\n\nChen asserted that “trade will grow next year.”");
        assertEquals("Chen Bo", s.name());
        assertEquals("State Councilor", s.role());
    }

    @Test
    void anHonorificIsDroppedAndTheFullNameFound() {
        Speaker s = last("Grace Holloway runs the bakery.\n\n“Bread is a right,” Mrs. Holloway said.");
        assertEquals("Grace Holloway", s.name());
        assertNull(s.role());
    }

    @Test
    void aPronounResolvesToTheEarlierPerson() {
        Speaker s = last("“We will appeal,” said Omar Haddad, the union's lawyer.\n\n"
                + "The court met again on Tuesday.\n\n“The ruling ignores the contract,” he said.");
        assertEquals("he", s.mention().text());
        assertEquals("Omar Haddad", s.name());
    }

    @Test
    void aTitleResolvesToThePersonWhoHoldsIt() {
        Speaker s = last("Sen. Marta Olsen filed the bill.\n\n“It is overdue,” the senator said.");
        assertEquals("Marta Olsen", s.name());
        assertEquals("the senator", s.mention().text());
    }

    @Test
    void anOrganisationLosesItsArticle() {
        Speaker s = last("As the Harbor Gazette reported, “the ferry will stop in June.”");
        assertEquals("Harbor Gazette", s.name());
        assertEquals("the Harbor Gazette", s.mention().text());
    }

    @Test
    void anUnnamedSourceKeepsItsMentionAndHasNoName() {
        Speaker s = last("“The deal is done,” a source familiar with the talks said.");
        assertNull(s.name());
        assertEquals("a source familiar with the talks", s.mention().text());
        Speaker aides = last("“He will run,” aides said.");
        assertNull(aides.name());
        assertEquals("aides", aides.mention().text());
    }

    @Test
    void aHonorificPicksTheRelativeOfTheRightGender() {
        String text = "Tom Whitfield and Grace Whitfield opened the shop in 1990.\n\n“We never closed a day,” Mrs. Whitfield said.";
        Speaker s = last(text);
        assertEquals("Grace Whitfield", s.name());
        assertEquals("Mrs. Whitfield", s.mention().text());
        Speaker him = last(text.replace("Mrs.", "Mr."));
        assertEquals("Tom Whitfield", him.name());
    }

    @Test
    void sheSkipsTheManWhoSpokeLastForTheWomanNamedEarlier() {
        Speaker s = last("Sen. Marta Olsen and Gov. Tom Reed met reporters.\n\n“No,” the governor said.\n\n"
                + "The meeting ran long.\n\n“We will try again on Monday,” she said.");
        assertEquals("she", s.mention().text());
        assertEquals("Marta Olsen", s.name());
        assertEquals("Sen.", s.role());
    }

    @Test
    void heStaysWithTheLastSpeakerWhenNothingContradictsIt() {
        Speaker s = last("“We will appeal,” said Omar Haddad.\n\nGrace Holloway, the judge, left early.\n\n“It is not over,” he said.");
        assertEquals("Omar Haddad", s.name());
    }

    @Test
    void aHeadlineInTitleCaseGivesNoNames() {
        Speaker s = last("Haddad Vows To Fight Ruling In Court\n\nOmar Haddad, the union's lawyer, spoke on Friday.\n\n"
                + "“We will appeal,” Haddad said.");
        assertEquals("Omar Haddad", s.name());
    }

    @Test
    void aTitledMentionResolvesToTheNamedHolderNotTheNearestPerson() {
        Speaker s = last("Gov. Tom Reed signed the bill.\n\nGrace Holloway, a nurse, watched.\n\n“It took ten years,” the governor said.");
        assertEquals("Tom Reed", s.name());
        assertEquals("Gov.", s.role());
    }

    @Test
    void unnamedOfficialsAndAidesKeepANullName() {
        Speaker s = last("Gov. Tom Reed signed the bill.\n\n“The money is not there,” state officials said.");
        assertNull(s.name());
        assertEquals("state officials", s.mention().text());
    }

    @Test
    void aPronounNeverResolvesToAPublicationSeenWithTheArticle() {
        Speaker s = last("Nadia Brandt runs the clinic.\n\nThe Weekly Courier reported the closure. "
                + "According to the Courier, “the doors shut in May.”\n\nBrandt left. “We will reopen,” she said.");
        assertEquals("Nadia Brandt", s.name());
        assertEquals("she", s.mention().text());
    }

    @Test
    void aNameAfterTheArticleBeforeACommonNounStaysAPerson() {
        Speaker s = last("Lena Brandt spoke to the Brandt campaign staff.\n\n“We are ready,” she said.");
        assertEquals("Lena Brandt", s.name());
    }

    @Test
    void aCapitalisedUnnamedSourceAtSentenceStartHasNoName() {
        Speaker s = last("Gov. Tom Reed signed the bill.\n\nOfficials said the money would arrive “within weeks.”");
        assertNull(s.name());
        assertEquals("Officials", s.mention().text());
        Speaker aides = last("Reed aides said the plan was “dead on arrival.”");
        assertNull(aides.name());
    }

    @Test
    void aNamedSpokesmanKeepsHisName() {
        Speaker s = last("“We disagree,” said council spokesman Omar Haddad.");
        assertEquals("Omar Haddad", s.name());
        assertEquals("council spokesman", s.role());
    }

    @Test
    void anAppositiveOfficeAfterANameIsItsRole() {
        String text = "Grace Holloway, the former health minister, toured the ward.\n\n“It is understaffed,” Holloway said.";
        Speaker s = last(text);
        assertEquals("Grace Holloway", s.name());
        assertEquals("former health minister", s.role());
    }

    @Test
    void anAppositiveAffiliationOrDescriptionIsNoRole() {
        Speaker s = last("Grace Holloway, a Democrat from Maine, toured the ward.\n\n“It is understaffed,” Holloway said.");
        assertNull(s.role());
        Speaker t = last("Grace Holloway, a mother of three, toured the ward.\n\n“It is understaffed,” Holloway said.");
        assertNull(t.role());
    }

    @Test
    void aLowerCaseOfficeBeforeANameIsItsRole() {
        Speaker s = last("Transport minister Lena Qvist opened the line.\n\n“The trains will run,” Qvist said.");
        assertEquals("Lena Qvist", s.name());
        assertEquals("Transport minister", s.role());
        Speaker t = last("On Monday transport minister Lena Qvist opened the line.\n\n“The trains will run,” Qvist said.");
        assertEquals("transport minister", t.role());
    }

    @Test
    void lowerCaseWordsBeforeANameWithoutAnOfficeAreNoRole() {
        Speaker s = last("The crowd cheered for Lena Qvist.\n\n“The trains will run,” Qvist said.");
        assertEquals("Lena Qvist", s.name());
        assertNull(s.role());
    }

    @Test
    void sheAfterASpeakerOfUnknownGenderGoesToTheWomanNamedNearby() {
        Speaker s = last("Ines Korda chairs the board.\n\n“We will vote,” said Arlo Penn.\n\n“Not before May,” she said.");
        assertEquals("Ines Korda", s.name());
    }

    @Test
    void heAfterASpeakerOfUnknownGenderStaysWithThatSpeaker() {
        Speaker s = last("Ines Korda chairs the board.\n\n“We will vote,” said Arlo Penn.\n\n“Not before May,” he said.");
        assertEquals("Arlo Penn", s.name());
    }

    @Test
    void aLoneSentenceOpenerNeverCapitalisedElsewhereIsNoPersonForAPronoun() {
        Speaker s = last("Arlo Penn spoke first.\n\nEarlier, the hall had filled.\n\n“We are ready,” he said.");
        assertEquals("Arlo Penn", s.name());
    }

    @Test
    void aSurnameOpeningASentenceIsAPersonWhenTheArticleNamesItElsewhere() {
        Speaker s = last("The board thanked Arlo Penn.\n\nPenn spoke first.\n\n“We are ready,” he said.");
        assertEquals("Arlo Penn", s.name());
    }

    @Test
    void anAppositiveOfficeOfANamedOrganisationIsTheWholeRole() {
        Speaker s = last("Marc Ode, the chief executive of the Urban League, spoke first.\n\n“We object,” Ode said.");
        assertEquals("Marc Ode", s.name());
        assertEquals("chief executive of the Urban League", s.role());
    }
}
