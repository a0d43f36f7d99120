package org.quotecheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/extractions"))
                .body(containsString("/api/v1/articles/{id}"))
                .body(containsString("/api/v1/quotations/{id}/reviews"))
                .body(containsString("/api/v1/speakers/{id}"));
    }

    @Test
    void openApiShowsReviewerAsOptionalDefaultingToTheSignedInAccount() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.ReviewRequest.required", hasItem("verdict"))
                .body("components.schemas.ReviewRequest.required", not(hasItem("reviewer")))
                .body("components.schemas.ReviewRequest.properties.reviewer.description",
                        containsString("defaults to the signed-in account"));
    }

    @Test
    void metricsAreServedInPrometheusFormat() {
        Api.signedIn().get("/api/v1/articles").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }
}
