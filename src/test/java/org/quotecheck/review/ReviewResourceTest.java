package org.quotecheck.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotecheck.Api.post;
import static org.quotecheck.Api.problem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;
import org.quotecheck.FixedExtractor;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

@QuarkusTest
// The API needs a signed-in user for reads and the reviewer role for writes (ApiSecurityTest covers
// the refusals); these tests specify behaviour behind that door.
@io.quarkus.test.security.TestSecurity(user = "test-reviewer", roles = "reviewer")
class ReviewResourceTest {

    /**
     * The account {@link Api#post} signs in as with Basic auth. Real credentials take precedence over
     * the class's @TestSecurity identity, which covers the requests sent without any.
     */
    private static final String SIGNED_IN = Api.USER;

    private static final String PASSWORD = "review-resource-password";

    @Inject
    UserService users;

    private final FixedExtractor extractor = new FixedExtractor();

    @BeforeEach
    void useFixedExtractor() {
        QuarkusMock.installMockForType(extractor, QuoteExtractor.class);
    }

    /** A fresh quotation by "Carl Ode"; returns its id. */
    private long quotation() {
        String token = Api.unique();
        String text = "“Rates stay " + token + ",” said Carl Ode.";
        extractor.forText(text).quote("Rates stay " + token + ",", "Carl Ode", "Governor", "Carl Ode", "said");
        return post("/api/v1/articles", Map.of("text", text)).statusCode(201).extract().jsonPath()
                .getLong("quotations[0].id");
    }

    private static String reviews(long id) {
        return "/api/v1/quotations/" + id + "/reviews";
    }

    @Test
    void reviewRecordsTheVerdictAndMovesStatusAndVersion() {
        long id = quotation();
        post(reviews(id), Map.of("verdict", "VERIFIED", "version", 0,
                "evidenceUrl", "https://video.example/speech", "note", "On tape at 12:03."))
                .statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .body("review.verdict", equalTo("VERIFIED"))
                .body("review.reviewer", equalTo(SIGNED_IN))
                .body("review.quotationVersion", equalTo(0))
                .body("review.evidenceUrl", equalTo("https://video.example/speech"))
                .body("quotation.status", equalTo("VERIFIED"))
                .body("quotation.version", equalTo(1))
                .body("quotation.reviewCount", equalTo(1));
        given().get("/api/v1/quotations/" + id).then().body("status", equalTo("VERIFIED")).body("version", equalTo(1));
    }

    @Test
    void versionMayComeAsIfMatch() {
        long id = quotation();
        given().contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("verdict", "MISQUOTED")).post(reviews(id)).then().statusCode(201)
                .body("quotation.status", equalTo("MISQUOTED"));
        given().contentType("application/json").header("If-Match", "W/\"1\"")
                .body(Map.of("verdict", "VERIFIED")).post(reviews(id)).then().statusCode(201)
                .body("quotation.version", equalTo(2));
    }

    @Test
    void staleVersionIsA409AndChangesNothing() {
        long id = quotation();
        post(reviews(id), Map.of("verdict", "VERIFIED", "version", 0)).statusCode(201);
        problem(post(reviews(id), Map.of("verdict", "NOT_A_QUOTE", "version", 0)), 409)
                .body("currentVersion", equalTo(1));
        given().get("/api/v1/quotations/" + id).then().body("status", equalTo("VERIFIED")).body("version", equalTo(1));
        given().get(reviews(id)).then().body("", hasSize(1));
    }

    @Test
    void sameVerdictAgainStillMovesTheVersion() {
        long id = quotation();
        post(reviews(id), Map.of("verdict", "VERIFIED", "version", 0)).statusCode(201);
        post(reviews(id), Map.of("verdict", "VERIFIED", "version", 1)).statusCode(201)
                .body("quotation.version", equalTo(2));
    }

    @Test
    void concurrentReviewsOfOneVersionLetExactlyOneThrough() throws Exception {
        long id = quotation();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> given().contentType("application/json")
                        .body(Map.of("verdict", "UNVERIFIABLE", "version", 0))
                        .post(reviews(id)).then().extract().statusCode());
            }
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.merge(f.get(), 1, Integer::sum);
            }
            assertEquals(Map.of(201, 1, 409, 5), statuses);
            given().get(reviews(id)).then().body("", hasSize(1));
            given().get("/api/v1/quotations/" + id).then().body("version", equalTo(1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void missingVersionIsA428Problem() {
        long id = quotation();
        problem(post(reviews(id), Map.of("verdict", "VERIFIED")), 428)
                .body("detail", containsString("If-Match"));
        given().get(reviews(id)).then().body("", hasSize(0));
    }

    @Test
    void disagreeingBodyAndIfMatchVersionsAreAProblem() {
        long id = quotation();
        problem(given().contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("verdict", "VERIFIED", "version", 0)).post(reviews(id)).then(), 400);
        problem(given().contentType("application/json").header("If-Match", "*")
                .body(Map.of("verdict", "VERIFIED")).post(reviews(id)).then(), 400)
                .body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void unknownVerdictIsAProblemListingTheAllowedOnes() {
        long id = quotation();
        problem(post(reviews(id), Map.of("verdict", "TRUE", "version", 0)), 400)
                .body("allowed", contains("VERIFIED", "MISATTRIBUTED", "MISQUOTED", "UNVERIFIABLE", "NOT_A_QUOTE"))
                .body("detail", containsString("MISATTRIBUTED"));
        problem(post(reviews(id), Map.of("version", 0)), 400)
                .body("allowed", hasSize(5));
    }

    @Test
    void misattributedNamesTheCorrectedSpeaker() {
        long id = quotation();
        String real = "Dora Real " + Api.uniqueLetters();
        var outcome = post(reviews(id), Map.of("verdict", "MISATTRIBUTED", "speakerName", real, "version", 0))
                .statusCode(201)
                .body("review.speaker.name", equalTo(real))
                .body("review.speaker.type", equalTo("OTHER"))
                .body("quotation.status", equalTo("MISATTRIBUTED"))
                .body("quotation.speaker.name", equalTo(real))
                .body("quotation.speaker.type", equalTo("OTHER"))
                .body("quotation.speaker.mention", nullValue())
                .extract().jsonPath();
        int speakerId = outcome.getInt("review.speaker.id");
        given().get("/api/v1/speakers/" + speakerId).then().statusCode(200)
                .body("name", equalTo(real)).body("quotationCount", equalTo(1));
        // a second correction to the same name (other case) finds the same speaker row
        long other = quotation();
        post(reviews(other), Map.of("verdict", "MISATTRIBUTED", "speakerName", real.toUpperCase(), "version", 0))
                .statusCode(201).body("review.speaker.id", equalTo(speakerId));
    }

    @Test
    void correctedSpeakerKeepsItsKnownTypeUnlessTheReviewerGivesOne() {
        // Carl Ode is a PERSON from the extraction; naming him as the corrected speaker keeps that
        long first = quotation();
        long person = post(reviews(first), Map.of("verdict", "MISATTRIBUTED", "speakerName", "Carl Ode", "version", 0))
                .statusCode(201).body("quotation.speaker.type", equalTo("PERSON")).extract().jsonPath()
                .getLong("quotation.speaker.id");
        // a brand-new name with a type given gets that type, case ignored
        String org = "Ode Foundation " + Api.uniqueLetters();
        long second = quotation();
        post(reviews(second), Map.of("verdict", "MISATTRIBUTED", "speakerName", org, "speakerType", "organization",
                "version", 0)).statusCode(201)
                .body("review.speaker.type", equalTo("ORGANIZATION"))
                .body("quotation.speaker.name", equalTo(org))
                .body("quotation.speaker.type", equalTo("ORGANIZATION"));
        // a type given for a known speaker becomes its current type
        long third = quotation();
        post(reviews(third), Map.of("verdict", "MISATTRIBUTED", "speakerName", org, "speakerType", "OTHER",
                "version", 0)).statusCode(201).body("quotation.speaker.type", equalTo("OTHER"));
        given().get("/api/v1/quotations/" + second).then().body("speaker.type", equalTo("OTHER"));
        given().get("/api/v1/speakers/" + person).then().body("type", equalTo("PERSON"));
    }

    @Test
    void unknownSpeakerTypeIsAProblemListingTheAllowedOnes() {
        long id = quotation();
        problem(post(reviews(id), Map.of("verdict", "MISATTRIBUTED", "speakerName", "Ann Roe", "speakerType", "ROBOT",
                "version", 0)), 400)
                .body("errors[0].field", equalTo("speakerType"))
                .body("allowed", contains("PERSON", "ORGANIZATION", "OTHER"));
        problem(post(reviews(id), Map.of("verdict", "VERIFIED", "speakerType", "PERSON", "version", 0)), 400)
                .body("errors[0].field", equalTo("speakerType"));
        given().get("/api/v1/quotations/" + id).then().body("status", equalTo("PENDING")).body("version", equalTo(0));
    }

    @Test
    void misattributedWithoutSpeakerNameIsAProblem() {
        long id = quotation();
        problem(post(reviews(id), Map.of("verdict", "MISATTRIBUTED", "version", 0)), 400)
                .body("errors[0].field", equalTo("speakerName"));
    }

    @Test
    void speakerNameWithAnotherVerdictIsAProblem() {
        long id = quotation();
        problem(post(reviews(id), Map.of("verdict", "VERIFIED", "speakerName", "X", "version", 0)),
                400).body("errors[0].field", equalTo("speakerName"));
    }

    @Test
    void evidenceUrlMustBeHttp() {
        long id = quotation();
        problem(post(reviews(id), Map.of("verdict", "VERIFIED", "version", 0,
                "evidenceUrl", "ftp://files.example/x")), 400).body("errors[0].field", equalTo("evidenceUrl"));
        problem(post(reviews(id), Map.of("verdict", "VERIFIED", "version", 0,
                "evidenceUrl", "not a url")), 400);
    }

    @Test
    void reviewIsRecordedInTheSignedInAccountsName() {
        long id = quotation();
        post(reviews(id), Map.of("verdict", "VERIFIED", "reviewer", SIGNED_IN, "version", 0)).statusCode(201)
                .body("review.reviewer", equalTo(SIGNED_IN));
        // surrounding whitespace is no different name
        post(reviews(id), Map.of("verdict", "MISQUOTED", "reviewer", " " + SIGNED_IN + " ", "version", 1))
                .statusCode(201).body("review.reviewer", equalTo(SIGNED_IN));
        // a request without credentials runs as the @TestSecurity identity, and is recorded as that
        given().contentType("application/json").body(Map.of("verdict", "VERIFIED", "version", 2))
                .post(reviews(id)).then().statusCode(201).body("review.reviewer", equalTo("test-reviewer"));
        given().get(reviews(id)).then().body("reviewer", contains(SIGNED_IN, SIGNED_IN, "test-reviewer"));
    }

    @Test
    void reviewerNamingSomeoneElseIsRefusedWith400AndNothingChanges() {
        long id = quotation();
        post(reviews(id), Map.of("verdict", "VERIFIED", "version", 0)).statusCode(201);
        problem(post(reviews(id), Map.of("verdict", "NOT_A_QUOTE", "reviewer", "rita", "version", 1)), 400)
                .body("errors[0].field", equalTo("reviewer"))
                .body("errors[0].message", containsString("signed-in account's name (" + SIGNED_IN + ")"))
                .body("detail", containsString("leave reviewer out or send that name"));
        // names compare exactly, as the audit trail stores them
        problem(post(reviews(id), Map.of("verdict", "NOT_A_QUOTE", "reviewer", SIGNED_IN.toUpperCase(),
                "version", 1)), 400).body("errors[0].field", equalTo("reviewer"));
        given().get("/api/v1/quotations/" + id).then()
                .body("status", equalTo("VERIFIED")).body("version", equalTo(1)).body("reviewCount", equalTo(1));
        given().get(reviews(id)).then().body("verdict", contains("VERIFIED")).body("reviewer", contains(SIGNED_IN));
    }

    @Test
    void reviewerFieldMayBeOmitted() {
        long id = quotation();
        post(reviews(id), Map.of("verdict", "VERIFIED", "version", 0)).statusCode(201)
                .body("review.reviewer", equalTo(SIGNED_IN));
        // blank, like the other optional text fields, counts as left out
        post(reviews(id), Map.of("verdict", "UNVERIFIABLE", "reviewer", "  ", "version", 1)).statusCode(201)
                .body("review.reviewer", equalTo(SIGNED_IN));
        post(reviews(id), "{\"verdict\": \"MISQUOTED\", \"reviewer\": null, \"version\": 2}").statusCode(201)
                .body("review.reviewer", equalTo(SIGNED_IN));
    }

    @Test
    void versionOfTheWrongTypeIsAProblem() {
        long id = quotation();
        problem(post(reviews(id), "{\"verdict\": \"VERIFIED\", \"version\": \"zero\"}"), 400)
                .body("errors[0].field", equalTo("version"));
        problem(post(reviews(id), "{\"verdict\": \"VERIFIED\", \"version\": 0.5}"), 400);
    }

    @Test
    void reviewOfUnknownQuotationIsA404Problem() {
        problem(post(reviews(99999999), Map.of("verdict", "VERIFIED", "version", 0)), 404);
    }

    @Test
    void historyIsAppendOnlyOldestFirstEachReviewInItsAuthorsName() {
        long id = quotation();
        List<String> authors = List.of("history-ana", "history-ben", "history-cy");
        authors.forEach(name -> users.createIfAbsent(name, PASSWORD, Set.of(Role.REVIEWER)));
        List<String> verdicts = List.of("UNVERIFIABLE", "VERIFIED", "MISQUOTED");
        for (int i = 0; i < 3; i++) {
            given().auth().preemptive().basic(authors.get(i), PASSWORD).contentType("application/json")
                    .body(Map.of("verdict", verdicts.get(i), "version", i)).post(reviews(id)).then().statusCode(201)
                    .body("review.reviewer", equalTo(authors.get(i)));
        }
        Api.signedIn().get(reviews(id)).then().statusCode(200)
                .body("verdict", contains("UNVERIFIABLE", "VERIFIED", "MISQUOTED"))
                .body("reviewer", contains("history-ana", "history-ben", "history-cy"))
                .body("quotationVersion", contains(0, 1, 2));
        Api.signedIn().get("/api/v1/quotations/" + id).then().body("status", equalTo("MISQUOTED"));
    }
}
