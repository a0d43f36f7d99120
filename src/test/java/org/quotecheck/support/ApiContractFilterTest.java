package org.quotecheck.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

/** The contract rules reach a resource nobody annotated: a made-up one here, not the app's. */
class ApiContractFilterTest {

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static Operation withBody(Operation op) {
        return op.requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType())));
    }

    private static OpenAPI filtered(Map<String, Map<String, Operation>> paths) {
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths());
        paths.forEach((path, ops) -> {
            var item = OASFactory.createPathItem();
            ops.forEach((method, op) -> item.setOperation(
                    org.eclipse.microprofile.openapi.models.PathItem.HttpMethod.valueOf(method), op));
            api.getPaths().addPathItem(path, item);
        });
        new ApiContractFilter().filterOpenAPI(api);
        return api;
    }

    private static Set<String> statuses(Operation op) {
        return new TreeSet<>(op.getResponses().getAPIResponses().keySet());
    }

    private static List<Map<String, List<String>>> security(Operation op) {
        return op.getSecurity().stream().map(SecurityRequirement::getSchemes).toList();
    }

    @Test
    void aNewWriteGetsBothSchemesAndEveryProblemItCanCause() {
        Operation put = withBody(operation());
        put.getResponses().addAPIResponse("409", OASFactory.createAPIResponse().description("Taken"));
        OpenAPI api = filtered(Map.of("/api/v1/widgets/{id}", Map.of("PUT", put)));

        assertEquals(Set.of("200", "400", "401", "403", "404", "409", "413", "415", "429", "503"), statuses(put));
        assertEquals(List.of(Map.of("basicAuth", List.of()), Map.of("bearerAuth", List.of())), security(put));
        // a hand-declared answer keeps its words and becomes a problem document
        assertEquals("Taken", put.getResponses().getAPIResponse("409").getDescription());
        for (String status : statuses(put)) {
            var content = put.getResponses().getAPIResponse(status).getContent();
            if (status.startsWith("2")) {
                assertNull(content, status);
            } else {
                assertEquals(ApiContractFilter.PROBLEM_REF,
                        content.getMediaType("application/problem+json").getSchema().getRef(), status);
            }
        }
        assertEquals(Set.of("basicAuth", "bearerAuth"), api.getComponents().getSecuritySchemes().keySet());
    }

    @Test
    void aPlainReadNeedsNoRoleAndHasNoBodyProblems() {
        Operation get = operation();
        filtered(Map.of("/api/v1/widgets", Map.of("GET", get)));
        assertEquals(Set.of("200", "401", "429", "503"), statuses(get));
    }

    @Test
    void userManagementNeedsAdminEvenToReadAndOwnTokensNeedNoRole() {
        Operation users = operation();
        Operation tokens = withBody(operation());
        filtered(Map.of("/api/v1/users", Map.of("GET", users), "/api/v1/tokens", Map.of("POST", tokens)));
        assertTrue(statuses(users).contains("403"), statuses(users).toString());
        assertTrue(!statuses(tokens).contains("403"), statuses(tokens).toString());
    }

    @Test
    void theDryRunIsOpenToAnonymousCallers() {
        Operation dryRun = withBody(operation());
        filtered(Map.of("/api/v1/extractions", Map.of("POST", dryRun)));
        assertEquals(List.of(Map.of(), Map.of("basicAuth", List.of()), Map.of("bearerAuth", List.of())),
                security(dryRun));
        assertEquals(Set.of("200", "400", "413", "415", "429", "503"), statuses(dryRun));
    }

    @Test
    void pathsOutsideTheApiAreLeftAlone() {
        Operation page = operation();
        filtered(Map.of("/articles", Map.of("GET", page)));
        assertNull(page.getSecurity());
        assertEquals(Set.of("200"), statuses(page));
    }
}
