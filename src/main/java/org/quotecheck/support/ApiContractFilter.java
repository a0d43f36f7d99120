package org.quotecheck.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.info.License;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The API contract by rule rather than by annotation on every method, so that a new resource gets it
 * too (registered as {@code mp.openapi.filter}). For every operation under {@code /api/} it declares
 * the security schemes and the problem responses the application really gives, following the access
 * rules of application.properties ({@code quarkus.http.auth.permission.api-*}):
 * <ul>
 * <li>security: HTTP Basic or an API token ({@code Authorization: Bearer}); the dry run
 * ({@code /api/v1/extractions}) also takes anonymous callers, with tighter limits;</li>
 * <li>401 and 429 (failed sign-ins from the address) wherever credentials are needed, 429 also for the
 * anonymous dry run; 403 for writes (reviewer role), user management and feeds (admin role), except the
 * account's own tokens, which any signed-in account manages;</li>
 * <li>400 where the caller sends parameters or a body, 404 where the path names something, 413 and
 * 415 where there is a body, 503 everywhere (the database is unavailable);</li>
 * <li>every 4xx and 5xx answer, including those an annotation declares, is a {@link Problem} in
 * {@code application/problem+json}.</li>
 * </ul>
 * A response an annotation describes keeps its description (it knows the operation better).
 */
public class ApiContractFilter implements OASFilter {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String LICENCE_REF = "Apache-2.0";
    private static final String API = "/api/";
    private static final Set<String> ANONYMOUS_ALLOWED = Set.of("/api/v1/extractions");
    private static final List<String> ADMIN_ONLY = List.of("/api/v1/users", "/api/v1/feeds");
    private static final String OWN_TOKENS = "/api/v1/tokens";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** The shared answers, in the order a reader meets them. */
    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put("400", "Invalid input: an unusable parameter, body or field (see errors)");
        DESCRIPTIONS.put("401", "No, wrong, revoked or expired credentials");
        DESCRIPTIONS.put("403", "The account's roles do not allow this");
        DESCRIPTIONS.put("404", "Nothing has this id");
        DESCRIPTIONS.put("413", "The body is larger than the limit");
        DESCRIPTIONS.put("415", "A content type this operation does not accept");
        DESCRIPTIONS.put("429", "Too many requests (failed sign-ins from this address, or anonymous dry runs); see Retry-After");
        DESCRIPTIONS.put("503", "The database is unavailable; see Retry-After");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        // declared here, not by quarkus.smallrye-openapi.security-scheme, which knows only one scheme
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("An account's name and password (HTTP Basic)"));
        schemes.put(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("qc_ followed by 43 URL-safe base64 characters")
                .description("An API token (POST /api/v1/tokens, or the desk's API tokens page)"));
        components.setSecuritySchemes(schemes);
        License license = openAPI.getInfo() == null ? null : openAPI.getInfo().getLicense();
        if (license != null && license.getUrl() == null && license.getIdentifier() == null) {
            // OpenAPI 3.1 tools (Redocly, openapi-generator's parser) want a url or an SPDX identifier;
            // the SPDX identifier of the project's licence
            license.setIdentifier(LICENCE_REF);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> declare(path, method, operation)));
    }

    static void declare(String path, PathItem.HttpMethod method, Operation operation) {
        if (!path.startsWith(API)) {
            return;
        }
        boolean anonymous = ANONYMOUS_ALLOWED.contains(path);
        operation.setSecurity(security(anonymous));
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean adminOnly = ADMIN_ONLY.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
        boolean ownTokens = path.equals(OWN_TOKENS) || path.startsWith(OWN_TOKENS + "/");
        for (String status : DESCRIPTIONS.keySet()) {
            boolean applies = switch (status) {
                case "400" -> body || parameters;
                case "401" -> !anonymous;
                case "403" -> adminOnly || (WRITES.contains(method) && !anonymous && !ownTokens);
                case "404" -> path.contains("{");
                case "413", "415" -> body;
                default -> true;
            };
            if (applies && !responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(DESCRIPTIONS.get(status)));
            }
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                asProblem(response);
            }
        });
    }

    /** Alternatives: Basic or a token; {@code {}} first where anonymous callers are served too. */
    private static List<SecurityRequirement> security(boolean anonymous) {
        SecurityRequirement basic = OASFactory.createSecurityRequirement().addScheme(BASIC);
        SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme(BEARER);
        List<SecurityRequirement> alternatives = new ArrayList<>();
        if (anonymous) {
            alternatives.add(OASFactory.createSecurityRequirement());
        }
        alternatives.add(basic);
        alternatives.add(bearer);
        return alternatives;
    }

    private static void asProblem(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        Content content = OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        response.setContent(content);
    }
}
