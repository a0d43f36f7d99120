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
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.quotecheck.speaker.Speaker;

/** One reviewer's verdict on a quotation. Append-only: the database refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "review")
public class Review extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "quotation_id", nullable = false)
    public long quotationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verdict verdict;

    /** The corrected speaker of a MISATTRIBUTED verdict. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    public String note;

    @Column(nullable = false)
    public String reviewer;

    /** The quotation version the reviewer saw. */
    @Column(name = "quotation_version", nullable = false)
    public long quotationVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
