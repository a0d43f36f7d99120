package org.quotecheck.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.quotecheck.clustering.ClusterReads;
import org.quotecheck.clustering.ClusterViews;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;

/** Clusters of the same words across articles: the list (conflicts on request) and one cluster. */
@Path("/clusters")
@Produces(MediaType.TEXT_HTML)
public class ClusterPages {

    static final int PAGE_SIZE = 50;

    @Inject
    ClusterReads clusters;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clusters(Page<ClusterViews.ClusterSummary> page, boolean conflict,
                String previous, String next);

        static native TemplateInstance cluster(ClusterViews.ClusterDetail cluster);
    }

    @GET
    public TemplateInstance list(@QueryParam("conflict") String conflict, @QueryParam("page") String page) {
        int p = Pages.number(page);
        // like the queue: any value but "true" lists every cluster
        boolean only = conflict != null && "true".equalsIgnoreCase(conflict.strip());
        Page<ClusterViews.ClusterSummary> result = clusters.list(only, new PageRequest(p, PAGE_SIZE));
        String base = "/clusters?" + (only ? "conflict=true&" : "") + "page=";
        return Templates.clusters(result, only, p > 0 ? base + (p - 1) : null,
                (long) (p + 1) * PAGE_SIZE < result.total() || result.totalCapped() && !result.items().isEmpty()
                        ? base + (p + 1) : null);
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") long id) {
        // a merged-away cluster: its members are in the cluster that took them
        java.util.Optional<Long> into = clusters.mergedInto(id);
        if (into.isPresent()) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(java.net.URI.create("/clusters/" + into.get())).build();
        }
        return Response.ok(Templates.cluster(clusters.detail(id))).build();
    }
}
