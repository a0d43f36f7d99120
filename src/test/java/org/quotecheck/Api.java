package org.quotecheck;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;

/** Small helpers shared by the REST tests. */
public final class Api {

    private Api() {
    }

    /** A token that makes a test's article text unique within the run. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A unique token of letters only, for names and words the extractor must read as one word. Each
     * hex digit maps to its own letter: replacing the digits by one letter left seven symbols, mostly
     * that letter, and two tests in one run drew the same token (CI saw a repeated article).
     */
    public static String uniqueLetters() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.toString();
    }

    /** The administrator created from %test configuration; also a reviewer, so it may post anything. */
    public static final String USER = "admin";
    public static final String PASSWORD = "test-admin-password";

    /** A request signed in as the test administrator (reads need a signed-in user). */
    public static io.restassured.specification.RequestSpecification signedIn() {
        return given().auth().preemptive().basic(USER, PASSWORD);
    }

    /** The desk's session cookie ({@code quarkus-credential}) of the test administrator, signed in by form. */
    public static java.util.Map<String, String> deskSession() {
        // every cookie the sign-in sets: the credential and the server-side session it belongs to
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", USER).formParam("j_password", PASSWORD)
                .post("/j_security_check").getCookies();
    }

    /** Posts as the test administrator (the API needs a reviewer for writes; extractions are open). */
    public static ValidatableResponse post(String path, Object body) {
        return given().auth().preemptive().basic(USER, PASSWORD).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    /** Posts an article and returns its id. */
    public static long ingest(String text) {
        return post("/api/v1/articles", Map.of("text", text)).statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Asserts an RFC 9457 problem document with this status and no internals. */
    public static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body("detail", org.hamcrest.Matchers.notNullValue())
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("org.quotecheck")))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("\tat ")));
    }
}
