package org.quotecheck.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.quotecheck.export.ExportDocuments;
import org.quotecheck.export.ExportResource;
import org.quotecheck.export.ExportStreams;
import org.quotecheck.review.QuotationFilter;
import org.quotecheck.review.QuotationStatus;
import org.quotecheck.support.InvalidInputException;

/**
 * The desk's exports: a form (filters → download) and the same files and JSON-LD documents as the
 * API, for a signed-in desk session (the API takes no desk cookie). Reads only: any signed-in account.
 */
@Path("/exports")
public class ExportPages {

    /** What the form can download: value → label. */
    static final Map<String, String> FORMATS = new java.util.LinkedHashMap<>(Map.of());

    static {
        FORMATS.put("csv", "Quotations as CSV (spreadsheets)");
        FORMATS.put("ndjson", "Quotations as NDJSON (one JSON object a line)");
        FORMATS.put("claim-reviews", "ClaimReview JSON-LD of reviewed quotations (NDJSON)");
    }

    @Inject
    ExportStreams streams;

    @Inject
    ExportDocuments documents;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exports(Map<String, String> formats, List<String> statuses);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        return Templates.exports(FORMATS, QuotationStatus.names());
    }

    @GET
    @Path("download")
    public Response download(@QueryParam("format") String format, @QueryParam("speaker") String speaker,
            @QueryParam("status") String status, @QueryParam("q") String q, @QueryParam("cluster") String cluster,
            @QueryParam("conflict") String conflict) {
        String chosen = format == null || format.isBlank() ? "csv" : format.strip();
        if (!FORMATS.containsKey(chosen)) {
            throw InvalidInputException.notOneOf("format", format, List.copyOf(FORMATS.keySet()));
        }
        QuotationFilter filter = QuotationFilter.parse(speaker, status, null, q, cluster, conflict);
        return switch (chosen) {
            case "ndjson" -> ExportResource.download(out -> streams.ndjson(filter, out), ExportResource.NDJSON,
                    "quotations", "ndjson");
            case "claim-reviews" -> ExportResource.download(out -> streams.claimReviews(filter, out),
                    ExportResource.NDJSON, "claim-reviews", "ndjson");
            default -> ExportResource.download(out -> streams.csv(filter, out),
                    ExportResource.CSV + "; charset=utf-8; header=present", "quotations", "csv");
        };
    }

    @GET
    @Path("quotations/{id}/claim-review")
    @Produces(ExportDocuments.JSON_LD)
    public Map<String, Object> quotationClaimReview(@PathParam("id") long id) {
        return documents.quotationClaimReview(id);
    }

    @GET
    @Path("quotations/{id}/annotation")
    @Produces(ExportDocuments.JSON_LD)
    public Map<String, Object> annotation(@PathParam("id") long id) {
        return documents.annotation(id);
    }

    @GET
    @Path("clusters/{id}/claim-review")
    @Produces(ExportDocuments.JSON_LD)
    public Map<String, Object> clusterClaimReview(@PathParam("id") long id) {
        return documents.clusterClaimReview(id);
    }
}
