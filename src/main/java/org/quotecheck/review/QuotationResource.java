package org.quotecheck.review;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotecheck.export.ExportDocuments;
import org.quotecheck.support.ApiConfig;
import org.quotecheck.support.Inputs;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

@Path("/api/v1/quotations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotations", description = "Stored quotations and their reviews")
public class QuotationResource {

    private final QuotationService quotations;
    private final ReviewService reviews;
    private final ApiConfig api;
    private final SecurityIdentity identity;
    private final ExportDocuments documents;

    QuotationResource(QuotationService quotations, ReviewService reviews, ApiConfig api, SecurityIdentity identity,
            ExportDocuments documents) {
        this.quotations = quotations;
        this.reviews = reviews;
        this.api = api;
        this.identity = identity;
        this.documents = documents;
    }

    @GET
    public Page<QuotationView> list(
            @Parameter(description = "Speaker id, or part of the speaker's name") @RestQuery String speaker,
            @Parameter(schema = @Schema(enumeration = {"PENDING", "VERIFIED", "MISATTRIBUTED", "MISQUOTED",
                    "UNVERIFIABLE", "NOT_A_QUOTE"})) @RestQuery String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String articleId,
            @Parameter(description = "Search, in websearch syntax: words (stemmed; case and accents ignored),"
                    + " \"a quoted phrase\", or, -excluded; when nothing matches exactly, near matches"
                    + " (misspellings, near wording) come instead. Hits come best first, each with match, rank and snippet."
                    + " At most 500 characters.", schema = @Schema(type = SchemaType.STRING, maxLength = 500)) @RestQuery String q,
            @Parameter(description = "Cluster id: the quotations of the same words across articles",
                    schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String cluster,
            @Parameter(description = "true: only quotations whose cluster names different speakers",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String conflict,
            @Parameter(description = "Part of the article's publisher (any case)") @RestQuery String publisher,
            @Parameter(description = "Articles published on or after this ISO-8601 date (2021-03-19) or date-time"
                    + " with offset; an article without a publication date counts from when it was ingested")
                    @RestQuery String publishedFrom,
            @Parameter(description = "Articles published on or before this ISO-8601 date (the whole day, UTC) or"
                    + " date-time with offset") @RestQuery String publishedTo,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @RestQuery String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        return quotations.search(QuotationFilter.parse(speaker, status, articleId, q, cluster, conflict, publisher,
                publishedFrom, publishedTo),
                PageRequest.parse(page, size, api.page()));
    }

    /** The quotation; its ETag is the version a review must name. */
    @GET
    @Path("/{id}")
    public RestResponse<QuotationView> get(@RestPath long id) {
        QuotationView view = quotations.get(id);
        return RestResponse.ResponseBuilder.ok(view).tag(etag(view.version())).build();
    }

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Reviewed; ETag is the quotation's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewOutcome.class)))
    @APIResponse(responseCode = "409", description = "Someone reviewed the quotation since that version; nothing changed")
    @APIResponse(responseCode = "428", description = "No version: send the version reviewed (body field or If-Match)")
    public RestResponse<ReviewOutcome> review(@RestPath long id,
            @Parameter(description = "The quotation version reviewed, e.g. \"3\" (alternative to the body field)")
            @RestHeader("If-Match") String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ReviewRequest body) {
        Long version = version(body.version(), ifMatch);
        String reviewer = reviewer(body.reviewer(), identity.getPrincipal().getName());
        ReviewOutcome outcome = reviews.review(id, new ReviewCommand(body.verdict(), body.speakerName(),
                body.evidenceUrl(), body.note(), reviewer, version, body.speakerType(),
                body.alsoApplyTo() == null ? List.of() : body.alsoApplyTo()));
        return RestResponse.ResponseBuilder.<ReviewOutcome>created(URI.create("/api/v1/quotations/" + id + "/reviews"))
                .entity(outcome).tag(etag(outcome.quotation().version())).build();
    }

    @GET
    @Path("/{id}/reviews")
    public List<ReviewView> reviews(@RestPath long id) {
        return reviews.history(id);
    }

    @GET
    @Path("/{id}/claim-review")
    @Produces(ExportDocuments.JSON_LD)
    @APIResponse(responseCode = "200", description = "The schema.org ClaimReview (JSON-LD) of the reviewed quotation",
            content = @Content(mediaType = ExportDocuments.JSON_LD, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "409", description = "The quotation has no review yet (type ...:not-reviewed)")
    public Map<String, Object> claimReview(@RestPath long id) {
        return documents.quotationClaimReview(id);
    }

    @GET
    @Path("/{id}/annotation")
    @Produces(ExportDocuments.JSON_LD)
    @APIResponse(responseCode = "200", description = "The quotation as a W3C Web Annotation (JSON-LD) of its article's"
            + " text: TextQuoteSelector and TextPositionSelector, speaker and verdict as bodies",
            content = @Content(mediaType = ExportDocuments.JSON_LD, schema = @Schema(type = SchemaType.OBJECT)))
    public Map<String, Object> annotation(@RestPath long id) {
        return documents.annotation(id);
    }

    private static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The review's author: always the signed-in account (the write policy guarantees one), so the audit
     * trail cannot name someone else. A {@code reviewer} the caller sends is only accepted as a
     * restatement of that name; omitted or blank means the same.
     */
    static String reviewer(String fromBody, String account) {
        String sent = Inputs.optional("reviewer", fromBody, ReviewService.MAX_NAME);
        if (sent != null && !sent.equals(account)) {
            throw InvalidInputException.of("reviewer", "reviews are recorded in the signed-in account's name ("
                    + account + "); leave reviewer out or send that name");
        }
        return account;
    }

    /** The version from the body or from If-Match ("3", W/"3" or 3); both must agree. */
    static Long version(Long fromBody, String ifMatch) {
        Long fromHeader = null;
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            try {
                fromHeader = Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("If-Match",
                        "If-Match must carry the quotation version as its ETag, e.g. \"3\" (got " + ifMatch + ").");
            }
        }
        if (fromBody != null && fromHeader != null && !fromBody.equals(fromHeader)) {
            throw InvalidInputException.of("version", "The body's version " + fromBody
                    + " and the If-Match version " + fromHeader + " disagree; send one.");
        }
        return fromBody != null ? fromBody : fromHeader;
    }
}
