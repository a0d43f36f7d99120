package org.quotecheck.attribution.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionTyperTest {

    private final MentionTyper typer = MentionTyper.standard();

    private MentionType type(String mention) {
        return typer.type(mention).type();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sen. Ann Roe                          | PERSON
            Mr. Tolliver                          | PERSON
            MR. TOLLIVER:                         | PERSON
            Republican Jane Doe                   | PERSON
            AFL-CIO President Ann Smith           | PERSON
            Secretary of State Ann Roe            | PERSON
            Marisol Vega                          | PERSON
            Marisol Vega’s                        | PERSON
            the senator                           | PERSON
            The Florida senator                   | PERSON
            a spokeswoman for the agency          | PERSON
            a Trump supporter                     | PERSON
            Tomas Ruiz, a 55-year-old salesman    | PERSON
            he                                    | PERSON
            She                                   | PERSON
            """)
    void personsFromTitlesFirstNamesRoleNounsAndPronouns(String mention, MentionType expected) {
        assertEquals(expected, type(mention), () -> typer.type(mention).evidence());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Rivera Medical Center                 | ORGANIZATION
            the Sierra Club                       | ORGANIZATION
            Republican National Committee         | ORGANIZATION
            the Daily Ledger                      | ORGANIZATION
            Bank of Springfield                   | ORGANIZATION
            the company                           | ORGANIZATION
            the agency                            | ORGANIZATION
            the hospital                          | ORGANIZATION
            Clinton’s campaign                    | ORGANIZATION
            the Brightwater Group                 | ORGANIZATION
            the Halvorsen Trust                   | ORGANIZATION
            Council                               | ORGANIZATION
            """)
    void organisationsFromHeadWordsAndNouns(String mention, MentionType expected) {
        assertEquals(expected, type(mention), () -> typer.type(mention).evidence());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ohio                                  | PLACE
            New Hampshire                         | PLACE
            Franklin County                       | PLACE
            Hope Street                           | PLACE
            the memo from Ann Roe to the board    | DOCUMENT
            a recording obtained by the Daily Ledger | DOCUMENT
            notes released by the agency          | DOCUMENT
            the transcript                        | DOCUMENT
            Roe’s statement                       | DOCUMENT
            the book                              | WORK
            his memoir                            | WORK
            """)
    void placesDocumentsAndWorks(String mention, MentionType expected) {
        assertEquals(expected, type(mention), () -> typer.type(mention).evidence());
    }

    @ParameterizedTest(name = "{0} -> OTHER")
    @CsvSource(delimiter = '|', textBlock = """
            Already
            Tolliver
            they
            it
            the crowd
            ''
            """)
    void noEvidenceIsOther(String mention) {
        assertEquals(MentionType.OTHER, type(mention), () -> typer.type(mention).evidence());
    }

    @Test
    void aSurnameInsideAnOrganisationNameIsNoPerson() {
        assertEquals(MentionType.ORGANIZATION, type("Jane Addams Memorial Hospital"));
        assertEquals(MentionType.PERSON, type("Jane Addams"));
    }

    @Test
    void genderComesFromTitleFirstNameNounOrPronoun() {
        assertEquals(Gender.FEMALE, typer.type("Congresswoman Lee").gender());
        assertEquals(Gender.MALE, typer.type("Mr. Lee").gender());
        assertEquals(Gender.FEMALE, typer.type("Sen. Margaret Lee").gender());
        assertEquals(Gender.MALE, typer.type("the spokesman").gender());
        assertEquals(Gender.FEMALE, typer.type("her").gender());
        assertEquals(Gender.EITHER, typer.type("Jordan Avery").gender());
        assertEquals(Gender.UNKNOWN, typer.type("Sen. Lee").gender());
    }

    @Test
    void onlyPersonsAgreeWithHeOrShe() {
        assertTrue(typer.type("Sen. Margaret Lee").agreesWithPronoun(Gender.FEMALE));
        assertFalse(typer.type("Sen. Margaret Lee").agreesWithPronoun(Gender.MALE));
        assertTrue(typer.type("Jordan Avery").agreesWithPronoun(Gender.MALE));
        assertFalse(typer.type("the Sierra Club").agreesWithPronoun(Gender.MALE));
        assertFalse(typer.type("the Sierra Club").agreesWithPronoun(Gender.FEMALE));
    }

    @Test
    void evidenceNamesWhatDecided() {
        assertEquals("head word 'Center'", typer.type("Rivera Medical Center").evidence());
        assertEquals("first name 'Marisol'", typer.type("Marisol Vega").evidence());
        assertEquals("document noun 'memo'", typer.type("the memo from Ann Roe to the board").evidence());
    }
}
