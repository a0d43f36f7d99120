package org.quotecheck.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.quotecheck.imports.ImportService;
import org.quotecheck.imports.ImportView;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;
import org.quotecheck.support.UnprocessableException;

/**
 * Bulk imports on the desk: the jobs with a progress bar each, kept current by
 * {@code /js/imports.js} through {@code /imports/{id}/progress} (no reload, no inline script).
 */
@Path("/imports")
public class ImportsPage {

    static final int PAGE_SIZE = 50;

    @Inject
    ImportService imports;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(Page<ImportView> jobs, String message);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.imports(imports.list(new PageRequest(0, PAGE_SIZE)), null);
    }

    /** One job's progress for the page's script (the desk's session, not the API's Basic auth). */
    @GET
    @Path("{id}/progress")
    @Produces(MediaType.APPLICATION_JSON)
    public ImportView progress(@PathParam("id") long id) {
        return imports.view(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed("reviewer")
    @Produces(MediaType.TEXT_HTML)
    public Response cancel(@PathParam("id") long id) {
        try {
            imports.cancel(id);
            return Response.seeOther(URI.create("/imports")).build();
        } catch (UnprocessableException e) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.imports(imports.list(new PageRequest(0, PAGE_SIZE)), e.getMessage())).build();
        }
    }
}
