-- Speaker types: what kind of speaker a quotation's speaker is (PERSON, ORGANIZATION, OTHER).
--
-- Like speaker_role, the type is stored twice:
--  * quotation.speaker_type: the type the extractor gave this quotation's speaker, as this article
--    shows it. NULL exactly when the extractor found no speaker; never changed by reviews (a
--    corrected quotation shows its new speaker's row type instead).
--  * speaker.type: the latest type known for the person or organisation across articles. An
--    article's PERSON or ORGANIZATION replaces it; OTHER ("the text does not make sure") never
--    overwrites a known type; a reviewer naming the speaker may set it.
--
-- Existing rows: quotations stored before this migration that have an extracted speaker (a speaker
-- row or a mention) get 'OTHER', which is what the extractor would have said then (it did not type
-- speakers) and keeps "a shown speaker always has a type" true; quotations without a speaker stay
-- NULL. Existing speaker rows get the column default 'OTHER'.

ALTER TABLE speaker ADD COLUMN type text NOT NULL DEFAULT 'OTHER';
ALTER TABLE speaker ADD CONSTRAINT speaker_type CHECK (type IN ('PERSON', 'ORGANIZATION', 'OTHER'));

ALTER TABLE quotation ADD COLUMN speaker_type text;
UPDATE quotation SET speaker_type = 'OTHER'
    WHERE extracted_speaker_id IS NOT NULL OR mention_text IS NOT NULL OR speaker_role IS NOT NULL;
ALTER TABLE quotation ADD CONSTRAINT quotation_speaker_type
    CHECK (speaker_type IS NULL OR speaker_type IN ('PERSON', 'ORGANIZATION', 'OTHER'));
-- an extracted speaker (named, or an unnamed source's mention) always has its type
ALTER TABLE quotation ADD CONSTRAINT quotation_speaker_type_with_speaker
    CHECK ((extracted_speaker_id IS NULL AND mention_text IS NULL) OR speaker_type IS NOT NULL);
