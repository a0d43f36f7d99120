package org.quotecheck.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import java.time.Instant;
import org.quotecheck.speaker.Speaker;
import org.quotecheck.speaker.SpeakerType;

/**
 * One quotation of a stored article with its attribution. Offsets are code points into the
 * article's text. Everything the extractor decided stays as it was; reviews change only
 * {@code status}, {@code speaker} (a correction) and the bookkeeping fields.
 */
@Entity
@Table(name = "quotation")
public class Quotation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public long articleId;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String prefix;

    @Column(nullable = false)
    public String suffix;

    @Column(name = "paragraph_start")
    public Integer paragraphStart;

    @Column(name = "paragraph_end")
    public Integer paragraphEnd;

    /** The current speaker: the extracted one or a reviewer's correction. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;

    @Column(name = "extracted_speaker_id")
    public Long extractedSpeakerId;

    @Column(name = "speaker_role")
    public String speakerRole;

    /** The extracted speaker's type as this article shows it; null when the extractor found no speaker. */
    @Enumerated(EnumType.STRING)
    @Column(name = "speaker_type")
    public SpeakerType speakerType;

    @Column(name = "mention_text")
    public String mentionText;

    @Column(name = "mention_start")
    public Integer mentionStart;

    @Column(name = "mention_end")
    public Integer mentionEnd;

    @Column(name = "cue_text")
    public String cueText;

    @Column(name = "cue_start")
    public Integer cueStart;

    @Column(name = "cue_end")
    public Integer cueEnd;

    @Column(nullable = false)
    public String rule;

    @Column(nullable = false)
    public double confidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuotationStatus status = QuotationStatus.PENDING;

    /** Optimistic lock: every review must name the version it was based on. */
    @Version
    @Column(nullable = false)
    public long version;

    /** Incremented by every review, so that even a repeated verdict moves the version. */
    @Column(name = "review_count", nullable = false)
    public int reviewCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** The cluster of the same words across articles; written by ClusterService (native SQL), never here. */
    @Column(name = "cluster_id", insertable = false, updatable = false)
    public Long clusterId;

    /** Whether that cluster's members name different speakers; read with the row. */
    @Formula("(SELECT c.conflict FROM quote_cluster c WHERE c.id = cluster_id)")
    public Boolean clusterConflict;

    boolean corrected() {
        Long current = speaker == null ? null : speaker.id;
        return current != null && !current.equals(extractedSpeakerId);
    }
}
