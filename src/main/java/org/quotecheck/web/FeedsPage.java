package org.quotecheck.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.Map;
import org.quotecheck.feed.FeedPoll;
import org.quotecheck.feed.FeedService;
import org.quotecheck.feed.FeedView;
import org.quotecheck.support.ConflictException;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.NotFoundException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;
import org.quotecheck.support.UnprocessableException;

/**
 * Administrators' feeds page (under {@code /admin/*}, so the admin role is required for every
 * method): the feeds with their last poll, error and article count; a register form with inline
 * errors; poll now, enable or disable, delete. Every POST is CSRF-checked and redirects (303).
 */
@Path("/admin/feeds")
@Produces(MediaType.TEXT_HTML)
public class FeedsPage {

    static final int PAGE_SIZE = 50;

    @Inject
    FeedService feeds;

    @Inject
    Viewer viewer;

    /** The register form as submitted, so that a refused form keeps its values. */
    public record FeedForm(String url, String title, String interval) {
        static final FeedForm EMPTY = new FeedForm("", "", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feeds(Page<FeedView> feeds, FeedForm form, Map<String, String> errors,
                String notice, String error);
    }

    @GET
    public TemplateInstance list(@QueryParam("registered") String registered, @QueryParam("changed") String changed,
            @QueryParam("deleted") String deleted, @QueryParam("polled") String polled,
            @QueryParam("status") String status, @QueryParam("ingested") String ingested,
            @QueryParam("duplicates") String duplicates, @QueryParam("failed") String failed) {
        String notice = number(registered) != null ? "Registered feed " + number(registered) + "; it is polled soon."
                : number(changed) != null ? "Updated feed " + number(changed) + "."
                : number(deleted) != null ? "Deleted feed " + number(deleted) + "; its articles stay."
                : number(polled) != null ? polledNotice(number(polled), status, ingested, duplicates, failed) : null;
        return page(FeedForm.EMPTY, Map.of(), notice, null);
    }

    private static String polledNotice(Long id, String status, String ingested, String duplicates, String failed) {
        if ("FAILED".equals(status)) {
            return "Polled feed " + id + ": the poll failed (see its error below).";
        }
        if ("NOT_MODIFIED".equals(status)) {
            return "Polled feed " + id + ": not modified since the last poll.";
        }
        return "Polled feed " + id + ": " + count(ingested) + " new articles, " + count(duplicates)
                + " already stored, " + count(failed) + " failed.";
    }

    private TemplateInstance page(FeedForm form, Map<String, String> errors, String notice, String error) {
        return Templates.feeds(feeds.list(new PageRequest(0, PAGE_SIZE)), form, errors, notice, error);
    }

    @POST
    public Response register(@FormParam("url") String url, @FormParam("title") String title,
            @FormParam("interval") String interval) {
        FeedForm form = new FeedForm(url == null ? "" : url, title == null ? "" : title,
                interval == null ? "" : interval);
        Map<String, String> errors = new HashMap<>();
        try {
            Integer minutes = null;
            if (interval != null && !interval.isBlank()) {
                try {
                    minutes = Integer.valueOf(interval.strip());
                } catch (NumberFormatException e) {
                    throw InvalidInputException.of("intervalMinutes", "The interval must be a whole number of minutes.");
                }
            }
            FeedView feed = feeds.register(url, title, minutes, viewer.name());
            return Response.seeOther(UriBuilder.fromPath("/admin/feeds").queryParam("registered", feed.id()).build())
                    .build();
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> errors.putIfAbsent(field(err.field()), err.message()));
            if (errors.isEmpty()) {
                errors.put("url", e.getMessage());
            }
        } catch (UnprocessableException | ConflictException e) {
            errors.put("url", e.getMessage());
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(page(form, errors, null, null)).build();
    }

    private static String field(String apiField) {
        return apiField.equals("intervalMinutes") ? "interval" : apiField;
    }

    @POST
    @Path("{id}/enabled")
    public Response setEnabled(@PathParam("id") long id, @FormParam("enabled") String value) {
        if (!"true".equals(value) && !"false".equals(value)) {
            return refused(Response.Status.BAD_REQUEST, "Choose enabled=true or enabled=false.");
        }
        return done(() -> feeds.update(id, Boolean.valueOf(value), null, null), "changed", id);
    }

    @POST
    @Path("{id}/poll")
    public Response poll(@PathParam("id") long id) {
        try {
            FeedPoll poll = feeds.pollNow(id);
            return Response.seeOther(UriBuilder.fromPath("/admin/feeds").queryParam("polled", id)
                    .queryParam("status", poll.poll().status()).queryParam("ingested", poll.poll().ingested())
                    .queryParam("duplicates", poll.poll().duplicates()).queryParam("failed", poll.poll().failed())
                    .build()).build();
        } catch (NotFoundException e) {
            return refused(Response.Status.NOT_FOUND, "There is no feed " + id + ".");
        } catch (ConflictException e) {
            return refused(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") long id) {
        return done(() -> {
            feeds.delete(id);
            return null;
        }, "deleted", id);
    }

    private Response done(java.util.function.Supplier<Object> action, String what, long id) {
        try {
            action.get();
            return Response.seeOther(UriBuilder.fromPath("/admin/feeds").queryParam(what, id).build()).build();
        } catch (NotFoundException e) {
            return refused(Response.Status.NOT_FOUND, "There is no feed " + id + ".");
        }
    }

    private Response refused(Response.Status status, String message) {
        return Response.status(status).entity(page(FeedForm.EMPTY, Map.of(), null, message)).build();
    }

    private static Long number(String raw) {
        try {
            return raw == null ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long count(String raw) {
        Long n = number(raw);
        return n == null || n < 0 ? 0 : n;
    }
}
