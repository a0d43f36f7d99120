package org.quotecheck.attribution.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameRoleSplitterTest {

    private final NameRoleSplitter splitter = NameRoleSplitter.standard();

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Republican Jane Doe                           | Jane Doe          | Republican
            Ohio Sen. John Roe                            | John Roe          | Ohio Sen.
            AFL-CIO President Ann Smith                   | Ann Smith         | AFL-CIO President
            Democratic presidential candidate Ann Roe     | Ann Roe           | Democratic presidential candidate
            former Secretary of State Margaret Lee        | Margaret Lee      | former Secretary of State
            Secretary of State Tolliver                   | Tolliver          | Secretary of State
            campaign manager Corey Vance                  | Corey Vance       | campaign manager
            Vice President Ann Roe                        | Ann Roe           | Vice President
            Rep. Ann Roe (D-Ohio)                         | Ann Roe           | Rep. (D-Ohio)
            Ana Ruiz, director of the Center for Public Life | Ana Ruiz       | director of the Center for Public Life
            Tolliver, 92,                                 | Tolliver          | -
            Tomas Ruiz, 55, a retired teacher             | Tomas Ruiz        | retired teacher
            Sen. Ann Roe, a Republican                    | Ann Roe           | Sen., Republican
            Rival Margaret Lee                            | Margaret Lee      | Rival
            Margaret Lee Sen.                             | Margaret Lee      | Sen.
            Journalist Tomas Ruiz                         | Tomas Ruiz        | Journalist
            """)
    void rolesBeforeOrAfterTheNameGoToTheRole(String mention, String name, String role) {
        assertEquals(new NameRole(name, role), splitter.split(mention));
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Mr. Tolliver                                  | Tolliver          | -
            MR. TOLLIVER:                                 | TOLLIVER          | -
            Dr. Ann Roe’s                                 | Ann Roe           | -
            Marisol Vega                                  | Marisol Vega      | -
            Martin Lutz Jr.                               | Martin Lutz Jr.   | -
            Ludwig van Tassel                             | Ludwig van Tassel | -
            Van Tolliver                                  | Van Tolliver      | -
            Kellyanne Carter                              | Kellyanne Carter  | -
            Ann Marie Lowell                              | Ann Marie Lowell  | -
            J. Ann Lowell                                 | J. Ann Lowell     | -
            """)
    void courtesyTitlesAndPossessivesLeaveTheBareName(String mention, String name, String role) {
        assertEquals(new NameRole(name, role), splitter.split(mention));
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Republican National Committee                 | Republican National Committee | -
            the Sierra Club                               | Sierra Club       | -
            Rivera Medical Center                         | Rivera Medical Center | -
            Bank of Springfield                           | Bank of Springfield | -
            Citizens for Clean Water                      | Citizens for Clean Water | -
            Ohio                                          | Ohio              | -
            """)
    void organisationsAndPlacesAreNeverCut(String mention, String name, String role) {
        assertEquals(new NameRole(name, role), splitter.split(mention));
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Florida senator                           | -                 | Florida senator
            the Florida Senator                           | -                 | Florida Senator
            a spokeswoman                                 | -                 | spokeswoman
            he                                            | -                 | -
            ''                                            | -                 | -
            """)
    void nominalsAndPronounsHaveNoName(String mention, String name, String role) {
        assertEquals(new NameRole(name, role), splitter.split(mention));
    }
}
