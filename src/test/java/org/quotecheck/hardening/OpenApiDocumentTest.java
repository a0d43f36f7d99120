package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the running app serves is the one committed for the client generator
 * (src/test/resources/openapi/quotecheck.json), and Redocly CLI's recommended rules find no error
 * in it. The live document is written to target/openapi/quotecheck.json on every run.
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of("src", "test", "resources", "openapi", "quotecheck.json");
    static final Path LIVE = Path.of("target", "openapi", "quotecheck.json");
    static final Path REDOCLY = Path.of("target", "npm", "node_modules", ".bin", "redocly");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonNode live;

    @BeforeEach
    void writeTheLiveDocument() throws IOException {
        Http.Answer answer = Http.send("GET", "/q/openapi?format=json", null);
        assertEquals(200, answer.status(), answer.body());
        live = JSON.readTree(answer.body());
        Files.createDirectories(LIVE.getParent());
        Files.writeString(LIVE, JSON.writeValueAsString(live) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void theCommittedDocumentIsTheLiveOne() throws IOException {
        assertTrue(Files.isReadable(COMMITTED), COMMITTED + " is missing; refresh: " + refresh());
        // JSON trees compare objects without regard to member order
        List<String> differences = new ArrayList<>();
        differences("", JSON.readTree(COMMITTED.toFile()), live, differences);
        assertEquals(List.of(), differences,
                "The API changed but the committed OpenAPI document (used to generate the test client) did not; "
                        + "refresh: " + refresh());
    }

    /** JSON pointers where the two documents differ, at most 20: enough to see what changed. */
    private static void differences(String at, JsonNode committed, JsonNode live, List<String> out) {
        if (out.size() >= 20 || committed.equals(live)) {
            return;
        }
        if (committed.isObject() && live.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            live.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                differences(at + "/" + name.replace("~", "~0").replace("/", "~1"), committed.path(name),
                        live.path(name), out);
            }
        } else {
            out.add(at + (committed.isMissingNode() ? " (new)" : live.isMissingNode() ? " (gone)" : " (changed)"));
        }
    }

    private static String refresh() {
        return "./mvnw verify -Dtest=OpenApiDocumentTest -Dit.test=none -Dsurefire.failIfNoSpecifiedTests=false; cp "
                + LIVE + " " + COMMITTED;
    }

    @Test
    void redoclyRecommendedRulesFindNoError() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(REDOCLY),
                "SKIPPED: " + REDOCLY + " is missing (npm was not available in the build): OpenAPI lint not run");
        ProcessBuilder builder = new ProcessBuilder(REDOCLY.toString(), "lint", "--extends=recommended", "--format=stylish",
                LIVE.toString()).redirectErrorStream(true);
        // no telemetry or update check from a build
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process lint = builder.start();
        String out = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lint.waitFor(120, TimeUnit.SECONDS), "redocly lint did not finish");
        System.out.println("redocly lint " + LIVE + ":\n" + out);
        Matcher errors = Pattern.compile("(\\d+) errors?").matcher(out);
        List<String> counts = new ArrayList<>();
        while (errors.find()) {
            counts.add(errors.group(1));
        }
        assertEquals(0, lint.exitValue(), "redocly lint found errors:\n" + out);
        assertTrue(counts.stream().allMatch("0"::equals), out);
    }
}
