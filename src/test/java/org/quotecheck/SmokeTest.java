package org.quotecheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SmokeTest {
    @Test
    void healthIsUpWithDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
    }
}
