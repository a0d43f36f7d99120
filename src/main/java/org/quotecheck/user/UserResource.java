package org.quotecheck.user;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.quotecheck.support.InvalidInputException;

/**
 * Who am I, and user management for administrators. Access rules live in application.properties
 * (quarkus.http.auth.permission.api-*): /api/v1/me needs any user, /api/v1/users the admin role.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "The signed-in account, and user management for administrators")
public class UserResource {

    @Inject
    UserService users;

    @Inject
    SecurityIdentity identity;

    public record Me(String username, Set<String> roles) {
    }

    public record NewUser(@Schema(example = "jdoe") String username,
            @Schema(example = "correct horse battery staple") String password,
            @Schema(description = "reviewer and/or admin; reviewer when omitted", example = "[\"reviewer\"]") Set<String> roles) {
    }

    /** A Boolean, so that a missing {@code enabled} is refused rather than read as false. */
    public record Enabled(Boolean enabled) {
    }

    @GET
    @Path("me")
    public Me me() {
        return new Me(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()));
    }

    @GET
    @Path("users")
    public List<UserView> list() {
        return users.list();
    }

    @GET
    @Path("users/{username}")
    public UserView get(@PathParam("username") String username) {
        return users.find(username).orElseThrow(() -> new org.quotecheck.support.NotFoundException("user", username));
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; Location names the user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    public Response create(NewUser body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"username\", \"password\", \"roles\"}.");
        }
        Set<String> roles = body.roles() == null || body.roles().isEmpty() ? Set.of(Role.REVIEWER) : body.roles();
        UserView created = users.create(body.username(), body.password(), roles);
        return Response.created(UriBuilder.fromPath("/api/v1/users/{u}").build(created.username()))
                .entity(created).build();
    }

    @PUT
    @Path("users/{username}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView setEnabled(@PathParam("username") String username, Enabled body) {
        if (body == null || body.enabled() == null) {
            throw InvalidInputException.of("enabled", "Send {\"enabled\": true|false}.");
        }
        return users.setEnabled(username, body.enabled())
                .orElseThrow(() -> new org.quotecheck.support.NotFoundException("user", username));
    }
}
