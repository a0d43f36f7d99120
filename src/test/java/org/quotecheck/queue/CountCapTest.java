package org.quotecheck.queue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/**
 * Lists of quotations count to a bound (here 3, in production 10,000) and then say "more": the API
 * with {@code totalCapped}, the desk with "3+"; the rows beyond the bound are still served.
 */
@QuarkusTest
@TestProfile(CountCapTest.CapOfThree.class)
class CountCapTest {

    public static class CapOfThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quotecheck.api.page.count-cap", "3");
        }
    }

    private static final String USER = "count-cap-reviewer", PASSWORD = "count-cap-password";

    @Inject
    UserService users;

    @BeforeEach
    void user() {
        users.createIfAbsent(USER, PASSWORD, Set.of(Role.REVIEWER));
    }

    /** An article of {@code n} quotations by one speaker, under a publisher of its own. */
    private static String articleOf(int n, String token) {
        StringBuilder text = new StringBuilder("Officials met on Monday.");
        for (int i = 0; i < n; i++) {
            text.append("\n\n“Point ").append("abcdefgh".charAt(i)).append(' ').append(token)
                    .append(" matters to every family here,” said Vera Lind").append(token).append('.');
        }
        String publisher = "Ledger " + token;
        given().auth().preemptive().basic(Api.USER, Api.PASSWORD).contentType("application/json")
                .body(Map.of("text", text.toString(), "publisher", publisher)).post("/api/v1/articles").then()
                .statusCode(201).body("quotations", hasSize(n));
        return publisher;
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic(USER, PASSWORD);
    }

    @Test
    void theApiCountsToTheCapAndSaysThatMoreMatch() {
        String token = Api.uniqueLetters();
        String publisher = articleOf(5, token);
        api().queryParam("publisher", publisher).get("/api/v1/quotations").then().statusCode(200)
                .body("total", equalTo(3)).body("totalCapped", equalTo(true)).body("items", hasSize(5));
        // beyond the counted rows the pages go on
        api().queryParam("publisher", publisher).queryParam("size", 2).queryParam("page", 2).get("/api/v1/quotations")
                .then().statusCode(200).body("items", hasSize(1)).body("totalCapped", equalTo(true));
        String few = articleOf(2, Api.uniqueLetters());
        api().queryParam("publisher", few).get("/api/v1/quotations").then().statusCode(200)
                .body("total", equalTo(2)).body("totalCapped", equalTo(false));
        // the ranked search says so too when it ranks fewer than match (here: not capped)
        api().queryParam("q", "point " + token).get("/api/v1/quotations").then().statusCode(200)
                .body("total", equalTo(5)).body("totalCapped", equalTo(false));
    }

    @Test
    void theClusterListCountsToTheCapToo() {
        String t = Api.uniqueLetters();
        String text = "Officials met on Monday.\n\n“The harbour " + t + " will reopen for fishing boats in spring,” said Ada Brook" + t
                + ".\n\n“Our schools need " + t + " many more teachers than the budget allows,” said Ada Brook" + t
                + ".\n\n“Nobody in " + t + " city hall has read the report on river pollution,” said Ada Brook" + t
                + ".\n\n“Train tickets for " + t + " students should cost half of what they cost today,” said Ada Brook"
                + t + ".";
        given().auth().preemptive().basic(Api.USER, Api.PASSWORD).contentType("application/json")
                .body(Map.of("text", text)).post("/api/v1/articles").then().statusCode(201).body("quotations", hasSize(4));
        api().queryParam("size", 100).get("/api/v1/clusters").then().statusCode(200)
                .body("total", equalTo(3)).body("totalCapped", equalTo(true))
                .body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(4));
    }

    @Test
    void theDeskShowsCappedCountsWithAPlusAndKeepsTheNextPage() {
        String publisher = articleOf(5, Api.uniqueLetters());
        var login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", USER).formParam("j_password", PASSWORD).post("/j_security_check");
        var cookies = Map.of("quarkus-credential", login.getCookie("quarkus-credential"),
                "qc-session", login.getCookie("qc-session"));
        given().cookies(cookies).queryParam("status", "ALL").queryParam("publisher", publisher).get("/").then()
                .statusCode(200)
                .body(containsString("3+ quotations, conflicting attributions first"))
                .body(containsString("Pending <strong>3+</strong>"))
                .body(containsString("All <strong>3+</strong>"))
                // one pass over the first rows that match: it cannot say that no other status lies beyond
                .body(containsString("Verified <strong>0+</strong>"))
                .body(containsString("page 1 of 1+"))
                .body(containsString("rel=\"next\""));
        String few = articleOf(2, Api.uniqueLetters());
        given().cookies(cookies).queryParam("status", "ALL").queryParam("publisher", few).get("/").then()
                .statusCode(200).body(containsString("2 quotations, conflicting attributions first"))
                .body(containsString("Verified <strong>0</strong>")).body(not(containsString("rel=\"next\"")));
        // the whole queue counts each status by its own bounded read
        given().cookies(cookies).get("/").then().statusCode(200).body(containsString("Pending <strong>3+</strong>"));
    }
}
