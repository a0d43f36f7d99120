package org.quotecheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A search joins only the tables its conditions refer to. */
class TextSearchFromTest {

    private static String from(String... where) {
        return TextSearch.from(new TextSearch.Conditions(List.of(where), Map.of()));
    }

    @Test
    void noConditionsReadTheQuotationsAlone() {
        assertEquals(" from quotation q", from());
        assertEquals(" from quotation q", from("q.status = :status", "q.speaker_id in (select id from speaker"
                + " where name_key like :n union select speaker_id from speaker_alias where alias_key like :n)"));
    }

    @Test
    void eachAliasBringsItsJoin() {
        assertEquals(" from quotation q left join article a on a.id = q.article_id",
                from("lower(a.publisher) like :publisher"));
        assertEquals(" from quotation q left join quote_cluster qc on qc.id = q.cluster_id", from("qc.conflict"));
        assertEquals(" from quotation q left join speaker s on s.id = q.speaker_id", from("s.name_key = :k"));
    }

    @Test
    void aColumnEndingInTheAliasIsNoReference() {
        // "qa." or "data." end in an alias's letters but name something else
        assertEquals(" from quotation q", from("q.data.x = 1", "qa.id = 2"));
    }
}
