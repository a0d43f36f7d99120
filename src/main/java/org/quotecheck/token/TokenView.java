package org.quotecheck.token;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What lists show of a token: never the secret or its hash, only the first characters. */
@Schema(name = "Token", description = "An API token of the signed-in account (never its secret)")
public record TokenView(long id, String name,
        @Schema(description = "The secret's first characters, to tell tokens apart", example = "qc_x7Rk2PqA")
        String prefix,
        OffsetDateTime createdAt,
        @Schema(description = "When the token stops working; null: never") OffsetDateTime expiresAt,
        @Schema(description = "Last request signed in with it (updated at most once a minute); null: never used")
        OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt,
        @Schema(enumeration = {"ACTIVE", "EXPIRED", "REVOKED"}) String state) {

    public boolean active() {
        return "ACTIVE".equals(state);
    }
}
