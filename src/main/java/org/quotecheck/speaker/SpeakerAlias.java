package org.quotecheck.speaker;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Another way an article named a speaker: a surname, a spelling variant, "the Global Times". */
@Embeddable
public class SpeakerAlias {

    @Column(name = "alias", nullable = false)
    public String alias;

    @Column(name = "alias_key", nullable = false)
    public String aliasKey;

    protected SpeakerAlias() {
    }

    SpeakerAlias(String alias) {
        this.alias = NameKey.display(alias);
        this.aliasKey = NameKey.of(alias);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpeakerAlias other && Objects.equals(aliasKey, other.aliasKey);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(aliasKey);
    }
}
