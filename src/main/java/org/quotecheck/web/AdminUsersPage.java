package org.quotecheck.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;
import org.quotecheck.user.UserView;

/** Administrators list users, add reviewers, and disable or enable them. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
public class AdminUsersPage {

    @Inject
    UserService users;

    @Inject
    Viewer viewer;

    /** The add-user form as submitted, so that a rejected form keeps its values (never the password). */
    public record NewUserForm(String username, boolean admin) {
        static final NewUserForm EMPTY = new NewUserForm("", false);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserView> users, NewUserForm form, Map<String, String> errors,
                String notice);
    }

    @GET
    public TemplateInstance list(@QueryParam("created") String created, @QueryParam("changed") String changed) {
        String notice = created != null ? "Added " + created + "."
                : changed != null ? "Updated " + changed + "." : null;
        return Templates.users(users.list(), NewUserForm.EMPTY, Map.of(), notice);
    }

    @POST
    public Response add(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("admin") String admin) {
        NewUserForm form = new NewUserForm(username == null ? "" : username, admin != null);
        Set<String> roles = new LinkedHashSet<>(List.of(Role.REVIEWER));
        if (form.admin()) {
            roles.add(Role.ADMIN);
        }
        try {
            UserView created = users.create(username, password, roles);
            return Response.seeOther(UriBuilder.fromPath("/admin/users").queryParam("created", created.username())
                    .build()).build();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new java.util.HashMap<>();
            e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.users(users.list(), form, errors, null)).build();
        }
    }

    @POST
    @Path("{username}/enabled")
    public Response setEnabled(@PathParam("username") String username, @FormParam("enabled") String value) {
        if (!"true".equals(value) && !"false".equals(value)) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.users(users.list(),
                    NewUserForm.EMPTY, Map.of(), "Choose enabled=true or enabled=false.")).build();
        }
        boolean enabled = Boolean.parseBoolean(value);
        if (!enabled && username.equals(viewer.name())) {
            // Locking oneself out would leave no one able to undo it.
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.users(users.list(),
                    NewUserForm.EMPTY, Map.of(), "You cannot disable your own account.")).build();
        }
        return users.setEnabled(username, enabled)
                .map(u -> Response.seeOther(UriBuilder.fromPath("/admin/users").queryParam("changed", u.username())
                        .build()).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
