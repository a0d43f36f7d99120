package org.quotecheck.check;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotecheck.check.CheckViews.CheckRequest;
import org.quotecheck.check.CheckViews.CheckSummary;
import org.quotecheck.check.CheckViews.CheckView;
import org.quotecheck.support.ApiConfig;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

@Path("/api/v1/checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checks", description = "Check a quote against every stored quotation, across articles")
public class CheckResource {

    private final CheckService checks;
    private final ApiConfig api;
    private final SecurityIdentity identity;

    CheckResource(CheckService checks, ApiConfig api, SecurityIdentity identity) {
        this.checks = checks;
        this.api = api;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The stored check with its answer; Location names it")
    @APIResponse(responseCode = "400", description = "No claim, a claim without words, a bad speaker")
    @APIResponse(responseCode = "413", description = "A claim longer than the limit")
    public RestResponse<CheckView> check(@NotNull(message = "a JSON body is required") CheckRequest body) {
        CheckView view = checks.check(body.text(), body.speaker(), identity.getPrincipal().getName());
        return RestResponse.ResponseBuilder.<CheckView>created(URI.create("/api/v1/checks/" + view.id()))
                .entity(view).build();
    }

    @GET
    @APIResponse(responseCode = "200", description = "Checks, newest first")
    public Page<CheckSummary> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @RestQuery String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        return checks.list(PageRequest.parse(page, size, api.page()));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "The check as it was answered")
    @APIResponse(responseCode = "404", description = "No such check")
    public CheckView get(@RestPath long id) {
        return checks.get(id);
    }
}
