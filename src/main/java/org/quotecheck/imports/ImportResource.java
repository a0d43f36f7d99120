package org.quotecheck.imports;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotecheck.support.ApiConfig;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk NDJSON imports with progress")
public class ImportResource {

    /** NDJSON under its usual names; read as a stream whatever the name. */
    static final String NDJSON = "application/x-ndjson";

    private final ImportService imports;
    private final ImportWorker worker;
    private final ApiConfig api;
    private final SecurityIdentity identity;

    ImportResource(ImportService imports, ImportWorker worker, ApiConfig api, SecurityIdentity identity) {
        this.imports = imports;
        this.worker = worker;
        this.api = api;
        this.identity = identity;
    }

    @POST
    @Consumes({NDJSON, "application/ndjson", "application/jsonl", "application/x-jsonlines"})
    @APIResponse(responseCode = "202", description = "Read and queued; Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    public RestResponse<ImportView> upload(InputStream body) {
        ImportView job = imports.upload(body, identity.getPrincipal().getName());
        worker.wake();
        return RestResponse.ResponseBuilder.<ImportView>accepted().location(URI.create("/api/v1/imports/" + job.id()))
                .entity(job).build();
    }

    @GET
    public Page<ImportView> list(@RestQuery String page, @RestQuery String size) {
        return imports.list(PageRequest.parse(page, size, api.page()));
    }

    @GET
    @Path("/{id}")
    public ImportView get(@RestPath long id) {
        return imports.view(id);
    }

    @GET
    @Path("/{id}/failures")
    public Page<ImportView.Failure> failures(@RestPath long id, @RestQuery String page, @RestQuery String size) {
        return imports.failures(id, PageRequest.parse(page, size, api.page()));
    }

    @POST
    @Path("/{id}/cancel")
    public ImportView cancel(@RestPath long id) {
        return imports.cancel(id);
    }
}
