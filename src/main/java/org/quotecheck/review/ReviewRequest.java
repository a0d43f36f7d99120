package org.quotecheck.review;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/quotations/{id}/reviews}. */
public record ReviewRequest(
        @Schema(required = true, enumeration = {"VERIFIED", "MISATTRIBUTED", "MISQUOTED", "UNVERIFIABLE",
                "NOT_A_QUOTE"}, example = "VERIFIED") String verdict,
        @Schema(description = "The corrected speaker; required with MISATTRIBUTED, refused otherwise")
        @Size(max = ReviewService.MAX_NAME) String speakerName,
        @Schema(description = "Absolute http(s) URL of the evidence",
                example = "https://www.example.gov/transcripts/2021-03-19") @Size(max = ReviewService.MAX_URL) String evidenceUrl,
        @Schema(example = "Matches the official transcript.") @Size(max = ReviewService.MAX_NOTE) String note,
        @Schema(description = "Optional; defaults to the signed-in account's name. Reviews are always recorded"
                + " in that name: any other value is refused with 400")
        @Size(max = ReviewService.MAX_NAME) String reviewer,
        @Schema(description = "The quotation version reviewed; or send it as If-Match", example = "1") Long version,
        @Schema(description = "Optional with MISATTRIBUTED: what the corrected speaker is; it becomes that speaker's"
                + " type. Without it a known speaker keeps its type and a new one is OTHER",
                enumeration = {"PERSON", "ORGANIZATION", "OTHER"}) String speakerType,
        @Schema(description = "Apply-to-all: other quotations of the same cluster (GET /api/v1/clusters/{id}) that get"
                + " the same verdict, each with the version you saw. Each gets its own review record; a member"
                + " reviewed since is reported STALE in alsoApplied and left unchanged")
        @Size(max = ReviewService.MAX_ALSO_APPLY, message = "alsoApplyTo takes at most 200 quotations")
        java.util.List<ReviewCommand.MemberVersion> alsoApplyTo) {
}
