-- The full-text index is searched by every ?q= request: new entries go straight into it (fastupdate
-- off), as for the cluster look-up indexes (V88). With the default pending list, a one-word search
-- on the 1M synthetic archive after a few thousand ingests read 297 index pages for 385 matches
-- (5 ms of a 22 ms query): every search scans all entries inserted since the last vacuum, unsorted.
ALTER INDEX quotation_search_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('quotation_search_idx');
