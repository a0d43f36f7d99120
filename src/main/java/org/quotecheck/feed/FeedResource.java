package org.quotecheck.feed;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotecheck.support.ApiConfig;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;
import org.quotecheck.support.Problem;
import org.quotecheck.support.ProblemMapper;

/**
 * RSS and Atom feeds, for administrators only (application.properties,
 * {@code quarkus.http.auth.permission.api-feeds}): register, list, change, delete, poll now.
 */
@Path("/api/v1/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds", description = "RSS and Atom feeds polled on a schedule (administrators)")
public class FeedResource {

    @Schema(name = "FeedRequest")
    public record NewFeed(
            @Schema(required = true, maxLength = 2048, example = "https://www.example-news.com/rss.xml") String url,
            @Schema(maxLength = 500, example = "Example News: politics") String title,
            @Schema(description = "Minutes between polls; 60 when omitted", minimum = "5", maximum = "10080",
                    example = "30") Integer intervalMinutes) {
    }

    /** What a PATCH changes: every member optional; a blank title clears it. */
    @Schema(name = "FeedChange")
    public record FeedChange(Boolean enabled, @Schema(maxLength = 500) String title,
            @Schema(minimum = "5", maximum = "10080") Integer intervalMinutes) {
    }

    private final FeedService feeds;
    private final SecurityIdentity identity;
    private final ApiConfig api;

    FeedResource(FeedService feeds, SecurityIdentity identity, ApiConfig api) {
        this.feeds = feeds;
        this.identity = identity;
        this.api = api;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a feed; it is polled at once and then every intervalMinutes")
    @APIResponse(responseCode = "201", description = "Registered; Location names the feed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "409", description = "The feed is registered already (feedId names it)",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The feed's host is internal or cannot be resolved",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FeedView> register(NewFeed body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"url\", \"title\"?, \"intervalMinutes\"?}.");
        }
        FeedView feed = feeds.register(body.url(), body.title(), body.intervalMinutes(),
                identity.getPrincipal().getName());
        return RestResponse.ResponseBuilder.<FeedView>created(URI.create("/api/v1/feeds/" + feed.id())).entity(feed)
                .build();
    }

    @GET
    @Operation(summary = "Feeds, newest first, with their last poll, error and article count")
    public Page<FeedView> list(@RestQuery String page, @RestQuery String size) {
        return feeds.list(PageRequest.parse(page, size, api.page()));
    }

    @GET
    @Path("/{id}")
    public FeedView get(@RestPath long id) {
        return feeds.get(id);
    }

    @GET
    @Path("/{id}/items")
    @Operation(summary = "The feed's items as its polls saw them, most recently tried first, with each failure")
    public Page<FeedItemView> items(@RestPath long id, @RestQuery String page, @RestQuery String size) {
        return feeds.items(id, PageRequest.parse(page, size, api.page()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable or disable a feed, or change its title or interval")
    public FeedView change(@RestPath long id, FeedChange body) {
        if (body == null || body.enabled() == null && body.title() == null && body.intervalMinutes() == null) {
            throw InvalidInputException.of("body", "Send one or more of {\"enabled\", \"title\", \"intervalMinutes\"}.");
        }
        return feeds.update(id, body.enabled(), body.title(), body.intervalMinutes());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a feed; the articles it brought stay")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@RestPath long id) {
        feeds.delete(id);
    }

    @POST
    @Path("/{id}/poll")
    @Operation(summary = "Poll the feed now (bounded like a scheduled poll) and show what the poll did")
    @APIResponse(responseCode = "200", description = "Polled; a failed poll is a result too (poll.status FAILED)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPoll.class)))
    @APIResponse(responseCode = "409", description = "Another poller holds the feed right now",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public FeedPoll poll(@RestPath long id) {
        return feeds.pollNow(id);
    }
}
