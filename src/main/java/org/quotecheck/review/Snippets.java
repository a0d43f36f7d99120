package org.quotecheck.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Snippets of the search hits on one page (never of every match): full-text hits through
 * PostgreSQL's {@code ts_headline} with the same query and configuration as the search, so that
 * stemmed and accent-folded words are marked exactly as they matched; a quotation up to
 * {@link Snippet#MAX_LENGTH} code points is shown whole, a longer one as its best fragment of
 * about 30 words. Fuzzy hits are marked in Java ({@link Snippet#fuzzy}).
 */
@ApplicationScoped
public class Snippets {

    private final EntityManager em;

    Snippets(EntityManager em) {
        this.em = em;
    }

    /** The snippet of each hit, by quotation id. */
    @Transactional
    public Map<Long, Snippet> of(String q, List<TextSearch.Hit> hits) {
        Map<Long, Snippet> snippets = new HashMap<>();
        List<Long> fullText = hits.stream().filter(h -> h.match() == TextSearch.Match.FULL_TEXT)
                .map(TextSearch.Hit::id).toList();
        if (!fullText.isEmpty()) {
            // the marks are private-use characters, removed from the text first so that none is mistaken
            List<?> rows = em.createNativeQuery("""
                    select q.id, q.text, ts_headline('quotecheck_search',
                        translate(q.text, chr(57344) || chr(57345), ''), query,
                        'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || case when char_length(q.text) <= :max
                            then ', HighlightAll=true' else ', MaxFragments=1, MaxWords=30, MinWords=12' end)
                    from quotation q, websearch_to_tsquery('quotecheck_search', :q) query
                    where q.id in (:ids)""")
                    .setParameter("q", q).setParameter("ids", fullText).setParameter("max", Snippet.MAX_LENGTH)
                    .getResultList();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                snippets.put(((Number) r[0]).longValue(), Snippet.fromHeadline((String) r[2], (String) r[1]));
            }
        }
        List<Long> fuzzy = hits.stream().filter(h -> h.match() == TextSearch.Match.FUZZY).map(TextSearch.Hit::id)
                .toList();
        if (!fuzzy.isEmpty()) {
            List<String> words = Snippet.positiveWords(q);
            em.createQuery("select q.id, q.text from Quotation q where q.id in :ids", Object[].class)
                    .setParameter("ids", fuzzy).getResultStream()
                    .forEach(r -> snippets.put((Long) r[0], Snippet.fuzzy((String) r[1], words)));
        }
        return snippets;
    }
}
