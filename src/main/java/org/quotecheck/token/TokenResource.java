package org.quotecheck.token;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotecheck.support.ApiConfig;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.NotFoundException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;
import org.quotecheck.support.Problem;
import org.quotecheck.support.ProblemMapper;

/**
 * The signed-in account's API tokens. Any signed-in account manages its own (application.properties,
 * {@code quarkus.http.auth.permission.api-tokens}), whichever way it signed in, a token included.
 * Security schemes and the shared problem answers come from {@link org.quotecheck.support.ApiContractFilter}.
 */
@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens", description = "API tokens of the signed-in account, for Authorization: Bearer")
@APIResponse(responseCode = "401", description = "No, wrong, revoked or expired credentials",
        content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "429", description = "Too many failed sign-ins from this address; see Retry-After",
        content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class TokenResource {

    /** {@code expiresAt}: optional, an ISO-8601 date-time with offset or a date (its start, UTC). */
    @Schema(name = "TokenRequest")
    public record NewToken(
            @Schema(required = true, maxLength = 100, example = "nightly import") String name,
            @Schema(description = "Optional; an ISO-8601 date-time with offset, or a date (its start, UTC);"
                    + " in the future, before the year 10000", example = "2027-06-30T00:00:00Z") String expiresAt) {
    }

    private final TokenService tokens;
    private final SecurityIdentity identity;
    private final ApiConfig api;

    TokenResource(TokenService tokens, SecurityIdentity identity, ApiConfig api) {
        this.tokens = tokens;
        this.identity = identity;
        this.api = api;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a token; the answer carries its secret, shown this once")
    @APIResponse(responseCode = "201", description = "Created; Location names the token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreatedToken.class)))
    @APIResponse(responseCode = "400", description = "A missing or unusable name or expiry",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The account holds the most active tokens allowed",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CreatedToken> create(NewToken body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"name\", \"expiresAt\"?}.");
        }
        CreatedToken created = tokens.create(me(), body.name(), body.expiresAt());
        return RestResponse.ResponseBuilder.<CreatedToken>created(URI.create("/api/v1/tokens/" + created.id()))
                .entity(created).header("Cache-Control", "no-store").build();
    }

    @GET
    @Operation(summary = "The signed-in account's tokens, newest first (never their secrets)")
    @APIResponse(responseCode = "200", description = "A page of tokens")
    @APIResponse(responseCode = "400", description = "An unusable page or size",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Page<TokenView> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @RestQuery String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        return tokens.list(me(), PageRequest.parse(page, size, api.page()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the signed-in account's tokens")
    @APIResponse(responseCode = "200", description = "The token")
    @APIResponse(responseCode = "404", description = "The account has no token with this id",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public TokenView get(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestPath String id) {
        return tokens.find(me(), id(id)).orElseThrow(() -> new NotFoundException("token", id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke one of the signed-in account's tokens: it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked (also when it already was)")
    @APIResponse(responseCode = "404", description = "The account has no token with this id",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Void> revoke(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestPath String id) {
        tokens.revoke(me(), id(id)).orElseThrow(() -> new NotFoundException("token", id));
        return RestResponse.noContent();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    /** A path id that is no number names no token: 404, like an unknown number (never a 500). */
    private static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("token", "'" + raw.replace("\u0000", "\\0") + "'");
        }
    }
}
