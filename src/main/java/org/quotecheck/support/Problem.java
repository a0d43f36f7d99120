package org.quotecheck.support;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of the problem documents {@link ProblemMapper} writes (RFC 9457), for the OpenAPI
 * document only: the mapper builds them as maps so that each can carry its own extension members.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(example = "urn:quotecheck:problem:invalid-input") String type,
        @Schema(example = "Invalid input") String title,
        @Schema(example = "400") int status,
        @Schema(example = "name is required and must not be blank.") String detail,
        @Schema(example = "/api/v1/tokens") String instance,
        @Schema(description = "The offending fields, when there are any") List<InvalidInputException.FieldError> errors) {
}
