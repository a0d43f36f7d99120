-- Articles fetched by URL (issue 12): the page's canonical URL and author from its metadata, and
-- look-ups by URL so that the same page is not ingested twice.
ALTER TABLE article ADD COLUMN canonical_url text;
ALTER TABLE article ADD COLUMN author text;
CREATE INDEX article_url_idx ON article (url);
CREATE INDEX article_canonical_url_idx ON article (canonical_url);
