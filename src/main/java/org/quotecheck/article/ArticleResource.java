package org.quotecheck.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotecheck.support.ApiConfig;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Ingest articles and read them with their quotations")
public class ArticleResource {

    private final ArticleService articles;
    private final ApiConfig api;

    ArticleResource(ArticleService articles, ApiConfig api) {
        this.articles = articles;
        this.api = api;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Stored; Location names the new article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "The same text was stored before: that article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "422", description = "The page at url holds no article text")
    public RestResponse<ArticleView> ingest(@NotNull(message = "a JSON body is required") @Valid ArticleRequest body) {
        IngestResult result = articles.ingest(new IngestCommand(body.text(), body.html(), body.url(), body.title(),
                body.publisher(), body.publishedAt()));
        URI location = URI.create("/api/v1/articles/" + result.article().id());
        return result.created()
                ? RestResponse.ResponseBuilder.<ArticleView>created(location).entity(result.article()).build()
                : RestResponse.ResponseBuilder.ok(result.article()).location(location).build();
    }

    @GET
    @Path("/{id}")
    public ArticleView get(@RestPath long id) {
        return articles.get(id);
    }

    @GET
    public Page<ArticleSummary> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @RestQuery String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        return articles.list(PageRequest.parse(page, size, api.page()));
    }
}
