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

/** The OpenAPI document gives client generators stable operation ids and names the Basic scheme. */
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
}
