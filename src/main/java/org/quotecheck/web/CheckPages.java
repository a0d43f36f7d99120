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
import org.quotecheck.check.CheckService;
import org.quotecheck.check.CheckViews;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;
import org.quotecheck.support.PayloadTooLargeException;

/** "Check a quote": the form with the recent checks, and a stored check's answer. */
@Path("/checks")
@Produces(MediaType.TEXT_HTML)
public class CheckPages {

    static final int RECENT = 20;

    @Inject
    CheckService checks;

    @Inject
    Viewer viewer;

    /** The form as submitted (kept on errors). */
    public record CheckForm(String text, String speaker) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checks(CheckForm form, String error, Page<CheckViews.CheckSummary> recent,
                String previous, String next);

        static native TemplateInstance check(CheckViews.CheckView check);
    }

    @GET
    public TemplateInstance form(@QueryParam("page") String page) {
        return page(new CheckForm("", ""), null, Pages.number(page));
    }

    @POST
    public Response check(@FormParam("text") String text, @FormParam("speaker") String speaker) {
        CheckForm form = new CheckForm(text == null ? "" : text, speaker == null ? "" : speaker);
        try {
            CheckViews.CheckView view = checks.check(text, speaker, viewer.name());
            return Response.seeOther(UriBuilder.fromPath("/checks/{id}").build(view.id())).build();
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(form, e.getMessage(), 0)).build();
        } catch (PayloadTooLargeException e) {
            // the text is not shown again: it is what was too large
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                    .entity(page(new CheckForm("", form.speaker()), e.getMessage(), 0)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        return Templates.check(checks.get(id));
    }

    private TemplateInstance page(CheckForm form, String error, int p) {
        Page<CheckViews.CheckSummary> recent = checks.list(new PageRequest(p, RECENT));
        return Templates.checks(form, error, recent, p > 0 ? "/checks?page=" + (p - 1) : null,
                (long) (p + 1) * RECENT < recent.total() ? "/checks?page=" + (p + 1) : null);
    }
}
