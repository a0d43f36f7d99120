package org.quotecheck.article;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.quotecheck.clustering.IngestClusters;
import org.quotecheck.speaker.SpeakerType;

/**
 * Writes an article's quotations in one JDBC batch, each row complete (words, look-up keys and
 * cluster included), with the ids allocated for them ({@link IngestClusters#allocate}). One
 * statement per row through Hibernate cost a round trip each, and the row was written again by
 * the clustering's update.
 */
final class QuotationRows {

    /** A quotation to write: what the extractor found, and the id of its named speaker (or null). */
    record Row(Extraction.Draft draft, Long speakerId) {
    }

    private static final String INSERT = "INSERT INTO quotation (id, article_id, start_offset, end_offset, text, prefix,"
            + " suffix, paragraph_start, paragraph_end, speaker_id, extracted_speaker_id, speaker_role, speaker_type,"
            + " mention_text, mention_start, mention_end, cue_text, cue_start, cue_end, rule, confidence, created_at,"
            + " normalized, sketch, shingles, cluster_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " CAST(? AS integer[]), CAST(? AS integer[]), ?)";

    private QuotationRows() {
    }

    static void insert(EntityManager em, long articleId, Instant createdAt, List<Row> rows, List<Long> ids,
            IngestClusters.Placement placement) {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime created = OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    Extraction.Draft draft = row.draft();
                    ExtractionView.ExtractedQuotation x = draft.quotation();
                    long id = ids.get(i);
                    IngestClusters.Keys keys = placement.keys(id);
                    ps.setLong(1, id);
                    ps.setLong(2, articleId);
                    ps.setInt(3, x.start());
                    ps.setInt(4, x.end());
                    ps.setString(5, x.text());
                    ps.setString(6, x.context().prefix());
                    ps.setString(7, x.context().suffix());
                    setInt(ps, 8, draft.paragraphStart());
                    setInt(ps, 9, draft.paragraphEnd());
                    setLong(ps, 10, row.speakerId());
                    setLong(ps, 11, row.speakerId());
                    var speaker = x.speaker();
                    ps.setString(12, speaker == null ? null : speaker.role());
                    ps.setString(13, speaker == null ? null
                            : (speaker.type() == null ? SpeakerType.OTHER : speaker.type()).name());
                    var mention = speaker == null ? null : speaker.mention();
                    ps.setString(14, mention == null ? null : mention.text());
                    setInt(ps, 15, mention == null ? null : mention.start());
                    setInt(ps, 16, mention == null ? null : mention.end());
                    var cue = x.cue();
                    ps.setString(17, cue == null ? null : cue.text());
                    setInt(ps, 18, cue == null ? null : cue.start());
                    setInt(ps, 19, cue == null ? null : cue.end());
                    ps.setString(20, x.rule());
                    ps.setDouble(21, x.confidence());
                    ps.setObject(22, created);
                    ps.setString(23, keys.normalized());
                    ps.setString(24, keys.sketch());
                    ps.setString(25, keys.shingles());
                    setLong(ps, 26, keys.clusterId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
