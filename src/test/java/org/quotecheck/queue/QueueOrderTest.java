package org.quotecheck.queue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;
import org.quotecheck.review.QuotationStatus;

/**
 * The queue's order (conflicting attributions first, then oldest first) and counts, read by walking
 * indexes, equal the plain sort of every quotation that the queue used to run (seconds at a million).
 */
@QuarkusTest
class QueueOrderTest {

    @Inject
    QueueService queue;

    @Inject
    EntityManager em;

    private static long store(String words, String publisher, String speaker) {
        return given().auth().preemptive().basic(Api.USER, Api.PASSWORD).contentType("application/json")
                .body(Map.of("text", "Officials met on Monday.\n\n“" + words + ",” said " + speaker + ".",
                        "publisher", publisher))
                .post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("quotations[0].id");
    }

    /** The plain sort: every matching quotation ordered by its cluster's conflict flag, then its age. */
    @Transactional
    List<Long> reference(String where, Map<String, Object> params, int limit, int offset) {
        var query = em.createNativeQuery("select q.id from quotation q join article a on a.id = q.article_id"
                + " left join quote_cluster qc on qc.id = q.cluster_id" + where
                + " order by coalesce(qc.conflict, false) desc, q.created_at, q.id limit :limit offset :offset");
        params.forEach(query::setParameter);
        return ((List<?>) query.setParameter("limit", limit).setParameter("offset", offset).getResultList()).stream()
                .map(o -> ((Number) o).longValue()).toList();
    }

    private static List<Long> ids(QueueService.Slice slice) {
        return slice.rows().stream().map(QueueService.Row::quotationId).toList();
    }

    @Test
    void conflictingAttributionsComeFirstThenTheOldestAsThePlainSortOrdersThem() {
        String outlet = "Courier " + Api.uniqueLetters();
        String token = Api.uniqueLetters();
        long older = store("We will build the bridge over the river " + token + " next year", outlet,
                "Ada Quill" + token);
        String contested = "They promised that " + token + " would open the new hospital before the winter came";
        long first = store(contested, outlet, "Mira Vell" + token);
        long second = store(contested, outlet, "Otto Brand" + token);
        long newer = store("Nobody asked us about the new road " + token + " through the valley", outlet,
                "Ada Quill" + token);
        String byOutlet = " where lower(a.publisher) like :p";
        Map<String, Object> p = Map.of("p", "%" + outlet.toLowerCase() + "%");

        QueueService.Slice page = queue.page(new QueueService.Filter(null, null, null, null, false, outlet, null, null),
                0, 20);
        assertEquals(List.of(first, second, older, newer), ids(page), "the conflict's members first, then by age");
        assertEquals(reference(byOutlet, p, 20, 0), ids(page));
        assertEquals(4, page.total());
        assertFalse(page.totalCapped());
        assertEquals(4L, page.counts().get(QuotationStatus.PENDING));
        assertTrue(page.cappedCounts().isEmpty());
        // later pages continue the same order
        assertEquals(List.of(older), ids(queue.page(new QueueService.Filter(null, null, null, null, false, outlet,
                null, null), 2, 1)));
        assertEquals(List.of(first, second), ids(queue.page(new QueueService.Filter(null, null, null, null, true,
                outlet, null, null), 0, 20)), "only the conflict");
        assertEquals(List.of(older, newer), ids(queue.page(new QueueService.Filter(QuotationStatus.PENDING,
                "ada quill" + token, null, null, false, null, null, null), 0, 20)), "by speaker, oldest first");
    }

    @Test
    void theWholeQueueMatchesThePlainSortOnEveryPageAndCountsEachStatus() {
        store("Every council member agreed the budget " + Api.uniqueLetters() + " was too small this year",
                "Herald " + Api.uniqueLetters(), "Ida Stone" + Api.uniqueLetters());
        for (int pageNo = 0; pageNo < 3; pageNo++) {
            QueueService.Slice all = queue.page(new QueueService.Filter(null, null, null, null), pageNo, 7);
            assertEquals(reference("", Map.of(), 7, pageNo * 7), ids(all), "page " + pageNo + " of the whole queue");
            QueueService.Slice pending = queue.page(new QueueService.Filter(QuotationStatus.PENDING, null, null, null),
                    pageNo, 7);
            assertEquals(reference(" where q.status = 'PENDING'", Map.of(), 7, pageNo * 7), ids(pending));
        }
        QueueService.Slice all = queue.page(new QueueService.Filter(null, null, null, null), 0, 7);
        for (QuotationStatus s : QuotationStatus.values()) {
            assertEquals(count(s), all.counts().get(s), s + " counted exactly below the cap");
        }
    }

    @Transactional
    long count(QuotationStatus status) {
        return ((Number) em.createNativeQuery("select count(*) from quotation where status = :s")
                .setParameter("s", status.name()).getSingleResult()).longValue();
    }

    @Test
    void nextIsTheOldestUnclaimedPendingQuotationConflictsFirst() {
        String token = Api.uniqueLetters();
        String contested = "The minister said that " + token + " will never raise the tax on bread again";
        store(contested, "Post " + token, "Lena Ford" + token);
        store(contested, "Mail " + token, "Karl Wenz" + token);
        String reviewer = "next-" + token;
        List<Long> expected = reference(" where q.status = 'PENDING' and not exists (select 1 from quotation_claim c"
                + " where c.quotation_id = q.id and c.expires_at > now() and c.reviewer <> :r)", Map.of("r", reviewer),
                1, 0);
        Optional<Long> next = queue.next(reviewer, -1);
        try {
            assertEquals(expected.stream().findFirst(), next);
            assertTrue(conflicting(next.orElseThrow()), "a conflict waits, so next is one");
        } finally {
            next.ifPresent(id -> queue.release(id, reviewer));
        }
    }

    @Transactional
    boolean conflicting(long quotationId) {
        return (Boolean) em.createNativeQuery("select coalesce(qc.conflict, false) from quotation q"
                + " left join quote_cluster qc on qc.id = q.cluster_id where q.id = :id").setParameter("id", quotationId)
                .getSingleResult();
    }
}
