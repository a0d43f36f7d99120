package org.quotecheck.clustering;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotecheck.export.ExportDocuments;
import org.quotecheck.support.ApiConfig;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

@Path("/api/v1/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clusters", description = "The same words across articles: members, speakers, first appearance, drift")
public class ClusterResource {

    private final ClusterReads clusters;
    private final ApiConfig api;
    private final ExportDocuments documents;

    ClusterResource(ClusterReads clusters, ApiConfig api, ExportDocuments documents) {
        this.clusters = clusters;
        this.api = api;
        this.documents = documents;
    }

    @GET
    @APIResponse(responseCode = "200", description = "Clusters, most recently changed first")
    @APIResponse(responseCode = "400", description = "Bad page, size or conflict value")
    public Page<ClusterViews.ClusterSummary> list(
            @Parameter(description = "true: only clusters whose members name different speakers",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String conflict,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @RestQuery String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        return clusters.list(flag("conflict", conflict), PageRequest.parse(page, size, api.page()));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "The cluster with its members (earliest first, each diffed"
            + " against the earliest), its speakers and first appearance")
    @APIResponse(responseCode = "301", description = "The cluster was merged into another (near duplicates that"
            + " started two clusters at once): Location is the cluster that holds its members now")
    @APIResponse(responseCode = "404", description = "No such cluster")
    public RestResponse<ClusterViews.ClusterDetail> get(@RestPath long id) {
        java.util.Optional<Long> into = clusters.mergedInto(id);
        if (into.isPresent()) {
            return RestResponse.ResponseBuilder.<ClusterViews.ClusterDetail>create(RestResponse.Status.MOVED_PERMANENTLY)
                    .location(java.net.URI.create("/api/v1/clusters/" + into.get())).build();
        }
        return RestResponse.ok(clusters.detail(id));
    }

    @GET
    @Path("/{id}/claim-review")
    @Produces(ExportDocuments.JSON_LD)
    @APIResponse(responseCode = "200", description = "The schema.org ClaimReview (JSON-LD) of the cluster: every"
            + " member an appearance, the verdict its reviewed members share",
            content = @Content(mediaType = ExportDocuments.JSON_LD, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "409", description = "No member reviewed yet (not-reviewed), or the reviewed members"
            + " disagree (mixed-verdicts)")
    public java.util.Map<String, Object> claimReview(@RestPath long id) {
        return documents.clusterClaimReview(id);
    }

    /** An optional true/false query value; anything else is a 400 naming the parameter. */
    public static boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.notOneOf(name, raw, java.util.List.of("true", "false"));
        };
    }
}
