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
    void theBasicSecuritySchemeIsDeclared() throws Exception {
        JsonNode scheme = document().at("/components/securitySchemes/basicAuth");
        assertEquals("http", scheme.get("type").asText());
        assertEquals("basic", scheme.get("scheme").asText());
    }
}
