package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document gives client generators stable operation ids, declares how every operation is
 * authenticated and which problem documents it answers with (org.quotecheck.support.ApiContractFilter).
 */
@QuarkusTest
class OpenApiContractTest {

    private static JsonNode document() throws Exception {
        return new ObjectMapper().readTree(Http.send("GET", "/q/openapi?format=json", null).body());
    }

    @Test
    void everyOperationHasAUniqueOperationId() throws Exception {
        List<String> missing = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document().get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations++;
                JsonNode id = op.getValue().get("operationId");
                if (id == null || !ids.add(id.asText())) {
                    missing.add(op.getKey() + " " + path.getKey());
                }
            }
        }
        assertTrue(operations >= 15, operations + " operations");
        assertEquals(List.of(), missing);
    }

    @Test
    void speakerTypeIsAStringEnumInEveryViewThatShowsASpeaker() throws Exception {
        JsonNode schemas = document().at("/components/schemas");
        JsonNode type = schemas.get("SpeakerType");
        assertTrue(type != null, schemas.toString());
        assertEquals("string", type.get("type").asText());
        List<String> values = new ArrayList<>();
        type.get("enum").forEach(v -> values.add(v.asText()));
        assertEquals(List.of("PERSON", "ORGANIZATION", "OTHER"), values);
        for (String view : List.of("ExtractedSpeaker", "SpeakerView", "SpeakerSummary", "SpeakerDetail", "SpeakerRef")) {
            JsonNode schema = schemas.get(view);
            assertTrue(schema != null, view + " in " + schemas.fieldNames().next());
            assertEquals("#/components/schemas/SpeakerType", schema.at("/properties/type/$ref").asText(),
                    view + ": " + schema);
        }
        List<String> allowed = new ArrayList<>();
        schemas.at("/ReviewRequest/properties/speakerType/enum").forEach(v -> allowed.add(v.asText()));
        assertEquals(List.of("PERSON", "ORGANIZATION", "OTHER"), allowed);
    }

    @Test
    void theBearerSchemeIsDeclaredAndTheTokenOperationsNameBothSchemesAndTheirProblems() throws Exception {
        JsonNode doc = document();
        JsonNode bearer = doc.at("/components/securitySchemes/bearerAuth");
        assertEquals("http", bearer.get("type").asText(), bearer.toString());
        assertEquals("bearer", bearer.get("scheme").asText());
        assertEquals("object", doc.at("/components/schemas/Problem/type").asText());
        Map<String, List<String>> expected = Map.of("post /api/v1/tokens", List.of("201", "400", "401", "422", "429"),
                "get /api/v1/tokens", List.of("200", "400", "401", "429"),
                "get /api/v1/tokens/{id}", List.of("200", "401", "404", "429"),
                "delete /api/v1/tokens/{id}", List.of("204", "401", "404", "429"));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            String[] mp = e.getKey().split(" ");
            JsonNode op = doc.get("paths").get(mp[1]).get(mp[0]);
            if (op == null || !op.hasNonNull("operationId")) {
                wrong.add(e.getKey() + ": no operation id");
                continue;
            }
            Set<String> schemes = new HashSet<>();
            op.path("security").forEach(req -> req.fieldNames().forEachRemaining(schemes::add));
            if (!schemes.equals(Set.of("basicAuth", "bearerAuth"))) {
                wrong.add(e.getKey() + ": security " + op.path("security"));
            }
            for (String status : e.getValue()) {
                JsonNode response = op.at("/responses/" + status);
                if (response.isMissingNode()) {
                    wrong.add(e.getKey() + ": no " + status);
                } else if (status.compareTo("400") >= 0 && !response.at("/content/application~1problem+json/schema/$ref")
                        .asText().equals("#/components/schemas/Problem")) {
                    wrong.add(e.getKey() + ": " + status + " is not a Problem: " + response);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theBasicSecuritySchemeIsDeclared() throws Exception {
        JsonNode scheme = document().at("/components/securitySchemes/basicAuth");
        assertEquals("http", scheme.get("type").asText());
        assertEquals("basic", scheme.get("scheme").asText());
    }

    @Test
    void everyOperationDeclaresItsSecurityOrIsExplicitlyAnonymous() throws Exception {
        JsonNode doc = document();
        Set<String> schemes = new HashSet<>();
        doc.at("/components/securitySchemes").fieldNames().forEachRemaining(schemes::add);
        assertEquals(Set.of("basicAuth", "bearerAuth"), schemes);
        List<String> wrong = new ArrayList<>();
        List<String> anonymous = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String name = op.getKey() + " " + path.getKey();
                JsonNode security = op.getValue().get("security");
                if (security == null || security.isEmpty()) {
                    wrong.add(name + ": no security");
                    continue;
                }
                Set<String> used = new HashSet<>();
                for (JsonNode requirement : security) {
                    if (requirement.isEmpty()) {
                        anonymous.add(name);
                    }
                    requirement.fieldNames().forEachRemaining(used::add);
                }
                if (!used.equals(schemes)) {
                    wrong.add(name + ": " + security);
                }
            }
        }
        assertEquals(List.of(), wrong);
        // {} is an explicit "no credentials needed": only the dry run serves anonymous callers
        assertEquals(List.of("post /api/v1/extractions"), anonymous);
    }

    @Test
    void everyOperationNamesItsProblemAnswersWithTheProblemSchema() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document().get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String name = op.getKey() + " " + path.getKey();
                JsonNode responses = op.getValue().get("responses");
                Set<String> statuses = new HashSet<>();
                responses.fieldNames().forEachRemaining(statuses::add);
                List<String> expected = new ArrayList<>(List.of("429", "503"));
                if (!path.getKey().equals("/api/v1/extractions")) {
                    expected.add("401");
                }
                if (path.getKey().contains("{")) {
                    expected.add("404");
                }
                if (op.getValue().has("requestBody")) {
                    expected.addAll(List.of("400", "413", "415"));
                }
                if (!op.getKey().equals("get") && !path.getKey().startsWith("/api/v1/tokens")
                        && !path.getKey().equals("/api/v1/extractions")) {
                    expected.add("403");
                }
                for (String status : expected) {
                    if (!statuses.contains(status)) {
                        wrong.add(name + ": no " + status);
                    }
                }
                for (String status : statuses) {
                    if (status.charAt(0) >= '4' && !responses.at("/" + status
                            + "/content/application~1problem+json/schema/$ref").asText()
                            .equals("#/components/schemas/Problem")) {
                        wrong.add(name + ": " + status + " is not a Problem");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theReviewDeclaresItsVersionConflicts() throws Exception {
        JsonNode review = document().at("/paths/~1api~1v1~1quotations~1{id}~1reviews/post/responses");
        for (String status : List.of("201", "409", "428")) {
            assertTrue(review.has(status), status + " in " + review);
        }
    }

    @Test
    void serversAndLicenceArePresent() throws Exception {
        JsonNode doc = document();
        assertEquals("/", doc.at("/servers/0/url").asText(), doc.path("servers").toString());
        assertTrue(!doc.at("/info/license/name").asText().isBlank(), doc.path("info").toString());
        assertEquals("Apache-2.0", doc.at("/info/license/identifier").asText(), doc.path("info").toString());
    }

    @Test
    void theDeskIsNoPartOfTheApiContract() throws Exception {
        List<String> outside = new ArrayList<>();
        document().get("paths").fieldNames().forEachRemaining(p -> {
            if (!p.startsWith("/api/")) {
                outside.add(p);
            }
        });
        assertEquals(List.of(), outside);
    }
}
