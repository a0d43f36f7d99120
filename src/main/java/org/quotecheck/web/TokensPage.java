package org.quotecheck.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;
import org.quotecheck.support.UnprocessableException;
import org.quotecheck.token.CreatedToken;
import org.quotecheck.token.TokenService;
import org.quotecheck.token.TokenView;

/** Every signed-in account lists, creates and revokes its own API tokens. */
@Path("/tokens")
@Produces(MediaType.TEXT_HTML)
public class TokensPage {

    static final int PAGE_SIZE = 50;

    @Inject
    TokenService tokens;

    @Inject
    Viewer viewer;

    /** The create form as submitted, so that a rejected form keeps its values. */
    public record TokenForm(String name, String expires) {
        static final TokenForm EMPTY = new TokenForm("", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(Page<TokenView> tokens, Integer newer, Integer older, TokenForm form,
                Map<String, String> errors, CreatedToken created, String notice);
    }

    /** The page with links to the neighbouring pages of tokens, where there are any. */
    private TemplateInstance render(int number, TokenForm form, Map<String, String> errors, CreatedToken created,
            String notice) {
        Page<TokenView> page = tokens.list(viewer.name(), new PageRequest(number, PAGE_SIZE));
        Integer newer = number > 0 ? number - 1 : null;
        Integer older = (long) (number + 1) * PAGE_SIZE < page.total() ? number + 1 : null;
        return Templates.tokens(page, newer, older, form, errors, created, notice);
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** "2026-12-01 23:20 UTC": a token's times, to the minute. */
    @TemplateExtension
    static String utc(OffsetDateTime time) {
        return time.atZoneSameInstant(ZoneOffset.UTC).format(MINUTE);
    }

    @GET
    public TemplateInstance list(@QueryParam("page") String page, @QueryParam("revoked") String revoked) {
        return render(Pages.number(page), TokenForm.EMPTY, Map.of(), null,
                revoked == null ? null : "Revoked " + revoked + ": it no longer signs anyone in.");
    }

    /**
     * Creates a token and shows its secret on this answer, the only time it is ever shown: not a
     * redirect (the secret would have to travel in a URL), and never stored by the browser's cache.
     */
    @POST
    public Response create(@FormParam("name") String name, @FormParam("expires") String expires) {
        TokenForm form = new TokenForm(name == null ? "" : name, expires == null ? "" : expires);
        try {
            CreatedToken created = tokens.create(viewer.name(), name, expires);
            return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                    .entity(render(0, TokenForm.EMPTY, Map.of(), created, null)).build();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new HashMap<>();
            // the service names the expiry expiresAt; the form calls it expires
            e.errors().forEach(err -> errors.putIfAbsent(err.field().equals("expiresAt") ? "expires" : err.field(),
                    err.message().replace("expiresAt", "The expiry date")));
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(render(0, form, errors, null, null)).build();
        } catch (UnprocessableException e) {
            return Response.status(422).entity(render(0, form, Map.of("name", e.getMessage()), null,
                    null)).build();
        }
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            number = -1;
        }
        return tokens.revoke(viewer.name(), number)
                .map(t -> Response.seeOther(UriBuilder.fromPath("/tokens").queryParam("revoked", t.name()).build())
                        .build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity(render(0,
                        TokenForm.EMPTY, Map.of(), null, "You have no token with this id.")).build());
    }
}
