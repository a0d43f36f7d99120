package org.quotecheck.article;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/extractions")
@Tag(name = "Extractions", description = "Dry run: quotations and speakers of a text, nothing stored")
public class ExtractionResource {

    private final ExtractionService extractions;

    ExtractionResource(ExtractionService extractions) {
        this.extractions = extractions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every quotation of the text with its speaker; offsets are code points")
    public ExtractionView extract(@NotNull(message = "a JSON body is required") ExtractionRequest body) {
        return extractions.extract(body.text(), body.html());
    }
}
