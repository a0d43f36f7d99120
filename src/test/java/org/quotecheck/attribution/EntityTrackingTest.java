package org.quotecheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The entity tracker behind speaker names (issue 10): typed entities, names apart from labels,
 * namesakes, nominals and pronouns by salience. Each behaviour has a case where it applies and one
 * where it must not. Our own sentences; the names are invented.
 */
class EntityTrackingTest {

    private static Speaker last(String text) {
        List<AttributedQuotation> qs = QuoteExtractor.standard().extract(text);
        return qs.get(qs.size() - 1).speaker();
    }

    @Nested
    class TypedEntities {

        @Test
        void aSurnameNeverGrowsIntoAnOrganisationThatContainsIt() {
            Speaker s = last("Staff of a future Voss White House would sign agreements, lawyers said.\n\n"
                    + "Dana Voss spoke in Dayton.\n\n“I will win,” Voss said.");
            assertEquals("Dana Voss", s.name());
            assertEquals(SpeakerType.PERSON, s.type());
        }

        @Test
        void anOrganisationMentionStillFindsTheOrganisationsFullName() {
            Speaker s = last("The Harbor Gazette reported the sale on Monday.\n\n"
                    + "As the Gazette reported, “the ferry will stop in June.”");
            assertEquals("Harbor Gazette", s.name());
            assertEquals(SpeakerType.ORGANIZATION, s.type());
        }

        @Test
        void heNeverGoesToAPlaceOrAnOrganisation() {
            Speaker s = last("Omar Haddad toured the Dominican Republic with the Harbor Institute.\n\n"
                    + "“It was a long trip,” he said.");
            assertEquals("Omar Haddad", s.name());
        }

        @Test
        void aPlaceThatOnlyModifiesAHeadNamesNoOne() {
            Speaker s = last("Voters lined up early.\n\n“I came for the schools,” said a New Hampshire Republican.");
            assertNull(s.name());
            Speaker named = last("New Hampshire Gov. Ellen Marsh met voters.\n\n“We are ready,” Marsh said.");
            assertEquals("Ellen Marsh", named.name());
        }

        @Test
        void adjectivesBeforeACommonNounNameNoOne() {
            Speaker s = last("Dana Voss spoke in Dayton.\n\nMultiple outlets reported on Wednesday that the agency had "
                    + "“more than one conversation” with her staff.");
            assertNull(s.name());
            Speaker campaign = last("Dana Voss spoke in Dayton.\n\n“We are ahead,” the Voss campaign said.");
            assertEquals("Dana Voss", campaign.name());
        }
    }

    @Nested
    class NamesApartFromLabels {

        @Test
        void aLabelBeforeTheNameGoesToTheRole() {
            Speaker s = last("Rival Lena Vogt spoke next.\n\n“This is wrong,” Vogt said.");
            assertEquals("Lena Vogt", s.name());
            assertEquals("Rival", s.role());
            Speaker party = last("Democrat Ana Ruiz voted no.\n\n“It is unfair,” Ruiz said.");
            assertEquals("Ana Ruiz", party.name());
        }

        @Test
        void anOrganisationsNameIsNeverCut() {
            Speaker s = last("“We will appeal,” the Republican National Committee said.");
            assertEquals("Republican National Committee", s.name());
            assertEquals(SpeakerType.ORGANIZATION, s.type());
        }

        @Test
        void aPlaceAfterANameIsNoPartOfIt() {
            Speaker s = last("Cheers were few at the Ted Vance South Carolina victory party.\n\n“We fought hard,” Vance said.");
            assertEquals("Ted Vance", s.name());
            Speaker plain = last("Ted Vance spoke in Columbia.\n\n“We fought hard,” Vance said.");
            assertEquals("Ted Vance", plain.name());
        }

        @Test
        void anAdjectiveOpeningASentenceIsNoFirstName() {
            Speaker s = last("Understated Ortiz raises his profile.\n\nTomas Ortiz, 54, is the labor secretary.\n\n"
                    + "“I do my job,” Ortiz said.");
            assertEquals("Tomas Ortiz", s.name());
        }

        @Test
        void aNounOpeningASentenceStaysWithTheRole() {
            Speaker s = last("Agriculture Minister Lena Vogt visited the farm on Monday.\n\nVogt said “the drought is over for now.”");
            assertEquals("Lena Vogt", s.name());
            assertEquals("Agriculture Minister", s.role());
        }
    }

    @Nested
    class Namesakes {

        @Test
        void aSurnameGoesToTheNamesakeTheArticleNamesMost() {
            Speaker s = last("Carl Brandt, the candidate, spoke first. His father, Walter Brandt, sat nearby.\n\n"
                    + "Carl Brandt later met donors.\n\n“We are not done,” Brandt said.");
            assertEquals("Carl Brandt", s.name());
        }

        @Test
        void twoFormsOfOneNameAreNoNamesakes() {
            Speaker s = last("Ana Lucia Ruiz spoke first. Later Ana Ruiz met donors. Ana Ruiz left.\n\n“We are not done,” Ruiz said.");
            assertEquals("Ana Lucia Ruiz", s.name());
        }
    }

    @Nested
    class Nominals {

        @Test
        void theStateAndTitleFindTheSenatorFromThatState() {
            Speaker s = last("On Monday, Florida Sen. Mark Lopez spoke first. Then Texas Sen. Daniel Ruiz spoke.\n\n"
                    + "“We will win,” the Florida senator said.");
            assertEquals("Mark Lopez", s.name());
            assertEquals(SpeakerType.PERSON, s.type());
        }

        @Test
        void aStateNoSenatorIsFromLeavesTheSpeakerUnnamed() {
            Speaker s = last("On Monday, Florida Sen. Mark Lopez spoke first.\n\n“We will win,” the Ohio senator said.");
            assertNull(s.name());
        }

        @Test
        void aSentenceFullOfNamesIsNoHeadline() {
            Speaker s = last("On Monday, Sen. Marta Olsen spoke first.\n\n“We will lose,” the senator said.");
            assertEquals("Marta Olsen", s.name());
        }
    }

    @Nested
    class PronounsBySalience {

        @Test
        void aChainOfSubjectPronounsStaysWithTheFirstSubject() {
            Speaker s = last("Sen. Hillary Stone spoke on Monday.\n\n"
                    + "Former governor Jan Brewster, a supporter of Tom Reed, calls security “a priority.” “It will resonate,” she said.\n\n"
                    + "She predicts it could offset other worries. “I could overlook it,” she said.");
            assertEquals("Jan Brewster", s.name());
        }

        @Test
        void aChainDoesNotCrossToAnotherGender() {
            Speaker s = last("Tom Reed spoke first. “We will win,” Reed said.\n\nGrace Holloway runs the bakery.\n\n"
                    + "She predicts a long year. “We are tired,” he said.");
            assertEquals("Tom Reed", s.name());
        }

        @Test
        void anAppositiveAfterTheSubjectIsNotTheSubject() {
            Speaker s = last("“No,” said Daniel Ruiz.\n\nJan Brewster, a supporter of Daniel Ruiz, calls it “a priority” for women.\n\n"
                    + "“That will resonate,” she said.");
            assertEquals("Jan Brewster", s.name());
        }

        @Test
        void aDescriptionBeforeTheNameLeavesTheNameTheSubject() {
            Speaker s = last("David Seaborn and Joel Brand marched. “Go,” Brand said.\n\n"
                    + "An enthusiastic Lopez supporter, Seaborn complained of the imbalance.\n\n“The house is falling,” he said.");
            assertEquals("David Seaborn", s.name());
        }

        @Test
        void anInvertedSaidNamesTheSentencesSpeaker() {
            Speaker s = last("Ron Dale spoke first. “No,” Dale said.\n\n"
                    + "Mandates are a burden, said Todd Wilder, a veteran from Orlando.\n\n“There is more paperwork,” he said.");
            assertEquals("Todd Wilder", s.name());
        }

        @Test
        void aParentheticalSaidNamesTheSentencesSpeaker() {
            Speaker s = last("Susan Henley and Hillary Stone spoke. “No,” Stone said.\n\n"
                    + "But the point of sanctions is safety, Henley said, and the aides learned.\n\n"
                    + "While some staff could be punished, she added, it would be “very aggressive.”");
            assertEquals("Susan Henley", s.name());
        }

        @Test
        void anInvertedSaidWithoutANameLeavesTheLastSpeaker() {
            Speaker s = last("Ron Dale spoke first. “No,” Dale said.\n\n"
                    + "Mandates are a burden, said a spokesman for the board.\n\n“There is more paperwork,” he said.");
            assertEquals("Ron Dale", s.name());
        }

        @Test
        void aSentenceThatIsOnlyAQuotationDoesNotBreakTheChain() {
            Speaker s = last("Sen. Hillary Stone spoke on Monday.\n\n"
                    + "Jan Brewster calls security “a priority.” “It will resonate,” she said in an interview. “They want peace.”\n\n"
                    + "She predicts it could offset other worries. “I could overlook it,” she said.");
            assertEquals("Jan Brewster", s.name());
        }

        @Test
        void aSubjectOfTheOtherGenderIsLookedPast() {
            Speaker s = last("Mark Lopez spoke. “We won,” Lopez said.\n\nDaniel Ruiz is thanking supporters.\n\n"
                    + "His opponent, Grace Holloway, won two states. He told the crowd “this means a lot.”");
            assertEquals("Daniel Ruiz", s.name());
        }

        @Test
        void aSentenceEndingWithNameSaidNamesItsSpeaker() {
            Speaker s = last("Ron Dale spoke first. “No,” Dale said.\n\n"
                    + "States would become middle men, Todd Wilder said.\n\n“That would cost more,” he said.");
            assertEquals("Todd Wilder", s.name());
        }

        @Test
        void aSubjectAfterAndIsStillTheSubject() {
            Speaker s = last("Tom Reed and Dan Price spoke. “We won,” Price said.\n\nTom Reed is thanking his supporters.\n\n"
                    + "And he has predicted big wins ahead.\n\n“Folks, let us go,” he tells the crowd.");
            assertEquals("Tom Reed", s.name());
        }
    }

    @Nested
    class SpeakerTypes {

        @Test
        void aPronounNamesAPerson() {
            Speaker s = last("“We will appeal,” said Omar Haddad.\n\n“It is not over,” he said.");
            assertEquals(SpeakerType.PERSON, s.type());
        }

        @Test
        void anOrganisationNounNamesAnOrganisation() {
            assertEquals(SpeakerType.ORGANIZATION, last("“The sale is final,” the company said.").type());
        }

        @Test
        void aSurnameTheArticleCallsHeIsAPerson() {
            List<AttributedQuotation> qs = QuoteExtractor.standard().extract(
                    "Voters lined up.\n\n“We will win,” Okafor said.\n\nThe rally ended late.\n\n“It was loud,” he said.");
            assertEquals("Okafor", qs.get(0).speaker().name());
            assertEquals(SpeakerType.PERSON, qs.get(0).speaker().type());
        }

        @Test
        void aSurnameWithNoEvidenceIsOther() {
            Speaker s = last("Voters lined up.\n\n“We will win,” Okafor said.");
            assertEquals("Okafor", s.name());
            assertEquals(SpeakerType.OTHER, s.type());
        }
    }

    @Nested
    class Documents {

        @Test
        void aMemoFromSomeoneIsTheirs() {
            Speaker s = last("Staff were worried.\n\nThe memo from Ann Roe to the board said “we must cut costs.”");
            assertEquals("Ann Roe", s.name());
        }

        @Test
        void aPossessiveOwnerWroteTheStatement() {
            Speaker s = last("Gov. Ann Roe left Monday.\n\nRoe’s statement said “the budget is balanced.”");
            assertEquals("Ann Roe", s.name());
        }

        @Test
        void aDocumentObtainedByAPaperIsNotThePapersWords() {
            Speaker s = last("Ann Roe signed the contracts in 2004.\n\n"
                    + "One such document, obtained by the Ledger, says “no employee may speak.”");
            assertEquals("Ann Roe", s.name());
        }

        @Test
        void aPollIsItsPollsters() {
            Speaker s = last("Voters are split.\n\nA Harbor Gazette poll released Thursday found “a dead heat.”");
            assertEquals("Harbor Gazette", s.name());
        }

        @Test
        void aDocumentWithNoAuthorAndNoPersonAroundIsUnnamed() {
            Speaker s = last("Rain fell all week.\n\nThe memo said “costs will rise.”");
            assertNull(s.name());
        }
    }

    @Nested
    class Appositives {

        @Test
        void aDescriptionWithANameInAppositionIsThatPerson() {
            Speaker s = last("Voters met.\n\n“He will win,” said a top strategist, John Weaver, on Monday.");
            assertEquals("John Weaver", s.name());
        }

        @Test
        void aDescriptionWithAPlaceInAppositionStaysUnnamed() {
            Speaker s = last("Voters met.\n\n“I came early,” said a woman in Worcester, Massachusetts, on Monday.");
            assertNull(s.name());
        }

        @Test
        void aPossessiveDescriptionWithANameInAppositionIsThatPerson() {
            Speaker s = last("Voters met. “We won,” said Mark Lopez.\n\nLopez’s attorney, Alan Garten, said the claims were “false.”");
            assertEquals("Alan Garten", s.name());
            assertEquals("Lopez’s attorney", s.role());
        }

        @Test
        void aDescriptionCompletedByAPrepositionalPhraseIsThePersonInApposition() {
            Speaker s = last("Lena Ward was not charged.\n\nA spokesman for Ward, Evan Mills, said she “has cooperated fully.”");
            assertEquals("Evan Mills", s.name());
            assertEquals("spokesman for Ward", s.role());
        }

        @Test
        void aTitledNameInAppositionClosingTheSentenceIsThatPerson() {
            Speaker s = last("The clinic closed.\n\n“It was a slow emergency,” said the clinic’s director, Dr. Paul Fenwick.");
            assertEquals("Paul Fenwick", s.name());
            Speaker org = last("Harbor Clinic closed.\n\n“It was a slow emergency,” said the clinic’s director, who asked not to be named.");
            assertNull(org.name());
        }

        @Test
        void aPossessiveDescriptionWithoutANameIsNotTheOwner() {
            Speaker s = last("Voters met. “We won,” said Mark Lopez.\n\nLopez’s spokeswoman said it was “standard practice.”");
            assertNull(s.name());
            assertEquals(SpeakerType.PERSON, s.type());
        }

        @Test
        void aCommonFirstNameThatIsAlsoATitleIsAFirstName() {
            Speaker s = last("Voters met.\n\n“I sell cars,” said Dean Johnson, a salesman from Sumter.");
            assertEquals("Dean Johnson", s.name());
        }

        @Test
        void aTitleThatIsARareFirstNameStaysATitle() {
            Speaker s = last("Voters met.\n\n“Court is closed,” said Judge Alvarez.");
            assertEquals("Alvarez", s.name());
            assertEquals("Judge", s.role());
        }
    }
}
