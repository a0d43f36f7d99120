package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotecheck.client.ApiClient;
import org.quotecheck.client.ApiException;
import org.quotecheck.client.api.ArticlesApi;
import org.quotecheck.client.api.QuotationsApi;
import org.quotecheck.client.api.UsersApi;
import org.quotecheck.client.model.ArticleRequest;
import org.quotecheck.client.model.ArticleView;
import org.quotecheck.client.model.NewUser;
import org.quotecheck.client.model.PageQuotationView;
import org.quotecheck.client.model.QuotationView;
import org.quotecheck.client.model.ReviewOutcome;
import org.quotecheck.client.model.ReviewRequest;

/**
 * A Java client generated from the committed OpenAPI document (openapi-generator, library native;
 * pom.xml) works against the running app: an administrator creates a reviewer, who ingests an
 * article, finds its quotation and reviews it with the version check. If the document lied about a
 * path, a body or an answer, these calls would fail to compile or to decode.
 */
@QuarkusTest
class GeneratedClientTest {

    /** The generated native client has no Basic support of its own: an interceptor adds the header. */
    private static ApiClient client(String user, String password) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Http.base());
        String authorization = Http.basic(user, password);
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        return client;
    }

    @Test
    void aReviewerIngestsSearchesAndReviewsWithTheGeneratedClient() throws Exception {
        // a word no seed article contains, so that the search finds this article's quotation only
        String marker = "Quillmark" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String reviewer = "client-" + Long.toString(System.nanoTime(), 36);
        String password = "generated-client-password";
        new UsersApi(client(Http.ADMIN, Http.ADMIN_PASSWORD))
                .userResourceCreate(new NewUser().username(reviewer).password(password).roles(Set.of("reviewer")));
        ApiClient api = client(reviewer, password);

        ArticleView article = new ArticlesApi(api).articleResourceIngest(new ArticleRequest()
                .text("\u201cThe " + marker + " bridge will open in May,\u201d the mayor said on Tuesday.")
                .title("Bridge opening").publisher("Generated Client News"));
        assertTrue(article.getId() != null && article.getId() > 0, article.toString());
        assertEquals(1, article.getQuotations().size(), article.toString());

        // parameters in the document's (alphabetical) order: articleId, cluster, conflict, page, publishedFrom,
        // publishedTo, publisher, q, size, speaker, status
        PageQuotationView found = new QuotationsApi(api).quotationResourceList(null, null, null, null, null, null,
                "generated client", marker, null, null, null);
        assertEquals(1, found.getTotal(), found.toString());
        QuotationView quotation = found.getItems().get(0);
        // a search hit carries how it matched and its snippet, with the marker as the highlighted range
        assertEquals("FULL_TEXT", quotation.getMatch().getValue(), quotation.toString());
        assertEquals(1, quotation.getSnippet().getHighlights().size(), quotation.toString());
        int start = quotation.getSnippet().getHighlights().get(0).getStart();
        int end = quotation.getSnippet().getHighlights().get(0).getEnd();
        assertEquals(marker, quotation.getSnippet().getText().substring(start, end));
        assertEquals(article.getId(), quotation.getArticleId());
        assertTrue(quotation.getText().contains(marker), quotation.getText());

        QuotationsApi quotations = new QuotationsApi(api);
        long version = quotations.quotationResourceGet(quotation.getId()).getVersion();
        ReviewOutcome outcome = quotations.quotationResourceReview(quotation.getId(), new ReviewRequest()
                .verdict(ReviewRequest.VerdictEnum.VERIFIED).version(version).note("Checked against the recording."),
                null);
        assertEquals("VERIFIED", outcome.getQuotation().getStatus().getValue());
        assertEquals(reviewer, outcome.getReview().getReviewer());
        assertTrue(outcome.getQuotation().getVersion() > version, outcome.toString());

        // the same version again is stale: a 409 problem, and the review is not recorded twice
        ApiException stale = assertThrows(ApiException.class, () -> quotations.quotationResourceReview(
                quotation.getId(), new ReviewRequest().verdict(ReviewRequest.VerdictEnum.MISQUOTED).version(version),
                null));
        assertEquals(409, stale.getCode(), stale.getResponseBody());
        assertTrue(stale.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                stale.getResponseHeaders().map().toString());
        assertEquals(List.of("VERIFIED"), quotations.quotationResourceReviews(quotation.getId()).stream()
                .map(r -> r.getVerdict().getValue()).toList());
    }
}
