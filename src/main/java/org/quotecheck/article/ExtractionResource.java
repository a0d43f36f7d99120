package org.quotecheck.article;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Context;
import java.time.Clock;
import java.time.Duration;
import org.quotecheck.support.LimitsConfig;
import org.quotecheck.support.PayloadTooLargeException;
import org.quotecheck.support.Throttle;
import org.quotecheck.support.TooManyRequestsException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@jakarta.inject.Singleton
@Path("/api/v1/extractions")
@Tag(name = "Extractions", description = "Dry run: quotations and speakers of a text, nothing stored")
public class ExtractionResource {

    private final ExtractionService extractions;
    private final SecurityIdentity identity;
    private final LimitsConfig.DryRun limits;
    private final Throttle anonymous;

    ExtractionResource(ExtractionService extractions, SecurityIdentity identity, LimitsConfig limits) {
        this.extractions = extractions;
        this.identity = identity;
        this.limits = limits.dryRun();
        this.anonymous = new Throttle(this.limits.anonymousPerMinute(), Duration.ofMinutes(1), Clock.systemUTC());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every quotation of the text with its speaker; offsets are code points")
    public ExtractionView extract(@NotNull(message = "a JSON body is required") ExtractionRequest body,
            @Context HttpServerRequest request) {
        if (identity.isAnonymous()) {
            // Anyone may try the extractor, but not burn the server's CPU with it: bounded size and rate.
            String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
            anonymous.acquire(address).ifPresent(wait -> {
                throw new TooManyRequestsException("Anonymous dry runs are limited to " + limits.anonymousPerMinute()
                        + " a minute per address; sign in for more, or wait.", wait);
            });
            long length = (body.text() == null ? 0 : body.text().length()) + (body.html() == null ? 0 : body.html().length());
            if (length > limits.anonymousMaxChars()) {
                throw new PayloadTooLargeException("Anonymous dry runs take at most " + limits.anonymousMaxChars()
                        + " characters (this one has " + length + "); sign in to send up to the full body limit.");
            }
        }
        return extractions.extract(body.text(), body.html());
    }
}
