-- The queue's article filter matches part of an article's title or publisher. Without an index
-- it read every article (100,000 in the scale archive) once per statement, three times a page
-- (0.67 s); the trigram index answers LIKE '%…%' with three or more letters.
CREATE INDEX article_title_publisher_trgm_idx ON article
    USING gin ((lower(coalesce(title, '') || ' ' || coalesce(publisher, ''))) gin_trgm_ops);
