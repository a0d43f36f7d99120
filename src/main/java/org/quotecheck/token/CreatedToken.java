package org.quotecheck.token;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token just created: the only answer that ever carries its secret. */
@Schema(name = "CreatedToken", description = "A new API token; `token` is shown this once and never again")
public record CreatedToken(long id, String name,
        @Schema(description = "The secret: send it as Authorization: Bearer <token>",
                example = "qc_x7Rk2PqA3mN0vB5cL9dE1fG4hJ6kM8nP2qR7sT0uV3w")
        String token,
        String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
}
