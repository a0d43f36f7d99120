package org.quotecheck.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.notNullValue;
import static org.quotecheck.Api.problem;
import static org.quotecheck.Api.signedIn;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.attribution.RuleInfo;

/** GET /api/v1/rules: the sieve's steps as the extractor declares them, readable by any signed-in user. */
@QuarkusTest
class RuleResourceTest {

    private static final List<RuleInfo> STEPS = QuoteExtractor.standard().rules();

    @Test
    void listsEveryStepInTheDeclaredOrder() {
        List<String> ids = STEPS.stream().map(RuleInfo::id).toList();
        List<Integer> positions = IntStream.rangeClosed(1, STEPS.size()).boxed().toList();
        signedIn().get("/api/v1/rules").then().statusCode(200)
                .contentType("application/json")
                .body("$", hasSize(STEPS.size()))
                .body("id", equalTo(ids))
                .body("position", equalTo(positions))
                .body("description", everyItem(not(emptyOrNullString())))
                .body("kind", hasItem("GUARD"))
                .body("kind", hasItem("RULE"))
                .body("kind", hasItem("POST_PASS"))
                .body("kind", hasItem("TRANSCRIPT_LABEL"))
                .body("id", hasItem("said-after"));
    }

    @Test
    void oneStepCarriesItsConfidenceVariantsTraitsAndDeference() {
        RuleInfo saidAfter = RuleResource.find(QuoteExtractor.standard(), "said-after");
        signedIn().get("/api/v1/rules/said-after").then().statusCode(200)
                .body("id", equalTo("said-after"))
                .body("kind", equalTo("RULE"))
                .body("position", equalTo(saidAfter.position()))
                .body("description", equalTo(saidAfter.description()))
                .body("example", equalTo(saidAfter.example()))
                .body("confidence", equalTo(saidAfter.confidence().floatValue()))
                .body("variants", hasSize(saidAfter.variants().size()))
                .body("traits", equalTo(saidAfter.traits()));
        RuleInfo withVariants = STEPS.stream().filter(r -> !r.variants().isEmpty()).findFirst().orElseThrow();
        signedIn().get("/api/v1/rules/" + withVariants.id()).then().statusCode(200)
                .body("variants[0].name", equalTo(withVariants.variants().get(0).name()))
                .body("variants[0].confidence", notNullValue());
        RuleInfo yielding = STEPS.stream().filter(r -> r.yieldsTo() != null).findFirst().orElseThrow();
        signedIn().get("/api/v1/rules/" + yielding.id()).then().statusCode(200)
                .body("yieldsTo", equalTo(yielding.yieldsTo()));
    }

    @Test
    void aGuardHasNoConfidence() {
        RuleInfo guard = STEPS.stream().filter(r -> r.kind() == RuleInfo.Kind.GUARD).findFirst().orElseThrow();
        signedIn().get("/api/v1/rules/" + guard.id()).then().statusCode(200)
                .body("kind", equalTo("GUARD"))
                .body("confidence", equalTo(null))
                .body("position", greaterThanOrEqualTo(1));
    }

    @Test
    void anUnknownIdIsA404Problem() {
        problem(signedIn().get("/api/v1/rules/no-such-rule").then(), 404)
                .body("detail", equalTo("No rule with id no-such-rule."));
        problem(signedIn().get("/api/v1/rules/none").then(), 404);
    }

    @Test
    void readingNeedsASignedInUser() {
        given().get("/api/v1/rules").then().statusCode(401);
        given().get("/api/v1/rules/said-after").then().statusCode(401);
    }
}
