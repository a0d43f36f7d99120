package org.quotecheck.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.quotecheck.review.QuotationFilter;

/**
 * Streaming exports of quotations with the filters of {@code GET /api/v1/quotations}: no row cap,
 * constant memory (a cursor in a read-only transaction, written as it is read). A bad filter is a
 * 400 problem before the first byte; once streaming has begun, an error can only cut the answer
 * short (an NDJSON line or CSV record is never half-written into a well-formed-looking end).
 */
@Path("/api/v1/exports")
@Tag(name = "Exports", description = "Reviewed work as NDJSON, CSV and schema.org ClaimReview")
public class ExportResource {

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";

    private final ExportStreams streams;

    ExportResource(ExportStreams streams) {
        this.streams = streams;
    }

    @GET
    @Path("/quotations.ndjson")
    @Produces(NDJSON)
    @APIResponse(responseCode = "200", description = "Every matching quotation, newest first, one JSON object a line"
            + " (the fields of ExportRow)", content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    public Response quotationsNdjson(
            @Parameter(description = "Speaker id, or part of the speaker's name") @RestQuery String speaker,
            @Parameter(schema = @Schema(enumeration = {"PENDING", "VERIFIED", "MISATTRIBUTED", "MISQUOTED",
                    "UNVERIFIABLE", "NOT_A_QUOTE"})) @RestQuery String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String articleId,
            @Parameter(description = "Text the quotation contains (case-insensitive)") @RestQuery String q,
            @Parameter(description = "Cluster id", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String cluster,
            @Parameter(description = "true: only quotations whose cluster names different speakers",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String conflict,
            @Parameter(description = "Part of the publisher's name (case-insensitive)") @RestQuery String publisher,
            @Parameter(description = "Articles published (else ingested) on or after this ISO date or date-time")
            @RestQuery String publishedFrom,
            @Parameter(description = "Articles published (else ingested) on or before this ISO date (the whole day) or"
                    + " before this date-time") @RestQuery String publishedTo) {
        QuotationFilter filter = QuotationFilter.parse(speaker, status, articleId, q, cluster, conflict, publisher,
                publishedFrom, publishedTo);
        return download(out -> streams.ndjson(filter, out), NDJSON, "quotations", "ndjson");
    }

    @GET
    @Path("/quotations.csv")
    @Produces(CSV)
    @APIResponse(responseCode = "200", description = "Every matching quotation, newest first: RFC 4180 CSV with a"
            + " header row, UTF-8; text cells that would start a spreadsheet formula begin with an apostrophe",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response quotationsCsv(
            @Parameter(description = "Speaker id, or part of the speaker's name") @RestQuery String speaker,
            @Parameter(schema = @Schema(enumeration = {"PENDING", "VERIFIED", "MISATTRIBUTED", "MISQUOTED",
                    "UNVERIFIABLE", "NOT_A_QUOTE"})) @RestQuery String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String articleId,
            @Parameter(description = "Text the quotation contains (case-insensitive)") @RestQuery String q,
            @Parameter(description = "Cluster id", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String cluster,
            @Parameter(description = "true: only quotations whose cluster names different speakers",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String conflict,
            @Parameter(description = "Part of the publisher's name (case-insensitive)") @RestQuery String publisher,
            @Parameter(description = "Articles published (else ingested) on or after this ISO date or date-time")
            @RestQuery String publishedFrom,
            @Parameter(description = "Articles published (else ingested) on or before this ISO date (the whole day) or"
                    + " before this date-time") @RestQuery String publishedTo) {
        QuotationFilter filter = QuotationFilter.parse(speaker, status, articleId, q, cluster, conflict, publisher,
                publishedFrom, publishedTo);
        return download(out -> streams.csv(filter, out), CSV + "; charset=utf-8; header=present", "quotations", "csv");
    }

    @GET
    @Path("/claim-reviews.ndjson")
    @Produces(NDJSON)
    @APIResponse(responseCode = "200", description = "A schema.org ClaimReview (JSON-LD) a line for every reviewed"
            + " quotation matching the filters, newest first",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    public Response claimReviews(
            @Parameter(description = "Speaker id, or part of the speaker's name") @RestQuery String speaker,
            @Parameter(schema = @Schema(enumeration = {"VERIFIED", "MISATTRIBUTED", "MISQUOTED", "UNVERIFIABLE",
                    "NOT_A_QUOTE"})) @RestQuery String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String articleId,
            @Parameter(description = "Text the quotation contains (case-insensitive)") @RestQuery String q,
            @Parameter(description = "Cluster id", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String cluster,
            @Parameter(description = "true: only quotations whose cluster names different speakers",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String conflict,
            @Parameter(description = "Part of the publisher's name (case-insensitive)") @RestQuery String publisher,
            @Parameter(description = "Articles published (else ingested) on or after this ISO date or date-time")
            @RestQuery String publishedFrom,
            @Parameter(description = "Articles published (else ingested) on or before this ISO date (the whole day) or"
                    + " before this date-time") @RestQuery String publishedTo) {
        QuotationFilter filter = QuotationFilter.parse(speaker, status, articleId, q, cluster, conflict, publisher,
                publishedFrom, publishedTo);
        return download(out -> streams.claimReviews(filter, out), NDJSON, "claim-reviews", "ndjson");
    }

    /** A streamed attachment named after what it holds and when it was made. */
    public static Response download(StreamingOutput body, String type, String name, String extension) {
        String stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "").replace("-", "");
        return Response.ok(body, type).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + name + "-" + stamp + "." + extension + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
