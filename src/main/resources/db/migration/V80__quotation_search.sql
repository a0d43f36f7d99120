-- Full-text search over quotations (issue 11, item 4).
--
-- quotecheck_search: English stemming and stop words, with accents folded first (unaccent from
-- V60), so that "Elysee" finds "Élysée" and "ilic" finds "Ilić". Only the token types that can
-- carry accents go through unaccent; plain ASCII words go straight to the stemmer.
CREATE TEXT SEARCH CONFIGURATION quotecheck_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION quotecheck_search
    ALTER MAPPING FOR word, hword, hword_part WITH unaccent, english_stem;

-- The quotation's words as a tsvector. A stored generated column: PostgreSQL fills it for every
-- existing row now (the backfill) and for every insert or text change later, whoever writes the
-- row (ingest, bulk import, a generator writing SQL directly). to_tsvector(regconfig, text) is
-- immutable, which a generated column requires; the configuration is named explicitly so that
-- default_text_search_config cannot change what is stored.
ALTER TABLE quotation ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('quotecheck_search'::regconfig, text)) STORED;
-- @@ with websearch_to_tsquery('quotecheck_search', ...) through this index
CREATE INDEX quotation_search_idx ON quotation USING gin (search_vector);

-- Speaker filter: "part of the name" (LIKE '%x%') and misspelt names (word_similarity, <%) on the
-- folded keys, through trigram indexes instead of scanning every speaker and alias.
CREATE INDEX speaker_name_key_trgm_idx ON speaker USING gin (name_key gin_trgm_ops);
CREATE INDEX speaker_alias_key_trgm_idx ON speaker_alias USING gin (alias_key gin_trgm_ops);

-- Publisher filter (part of the publisher's name, any case) and the date range, on the article's
-- publication date or, for an article without one, the day it was ingested (as clusters date
-- their first appearance).
CREATE INDEX article_publisher_trgm_idx ON article USING gin (lower(publisher) gin_trgm_ops);
CREATE INDEX article_appeared_idx ON article ((coalesce(published_at, ingested_at)), id);
