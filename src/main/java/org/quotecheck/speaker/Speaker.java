package org.quotecheck.speaker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A person or organisation quoted in one or more articles: one row per canonical name. */
@Entity
@Table(name = "speaker")
public class Speaker extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_key", nullable = false, unique = true)
    public String nameKey;

    /** The latest title or office an article gave. */
    public String role;

    /** The latest known kind of speaker: an article's PERSON or ORGANIZATION, or a reviewer's choice. */
    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    public SpeakerType type = SpeakerType.OTHER;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "speaker_alias", joinColumns = @JoinColumn(name = "speaker_id"))
    public Set<SpeakerAlias> aliases = new LinkedHashSet<>();

    protected Speaker() {
    }

    Speaker(String name, String role, SpeakerType type) {
        this.name = NameKey.display(name);
        this.nameKey = NameKey.of(name);
        this.role = role;
        this.type = type == null ? SpeakerType.OTHER : type;
        this.createdAt = Instant.now();
    }
}
