package org.quotecheck.speaker;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What kind of speaker a quotation's speaker is, as stored and shown by the API: a person, an
 * organisation, or other (a document, a place, or nothing the text makes sure of). The same values
 * as the core's {@code attribution.SpeakerType}, kept apart so that the database and the API keep
 * their contract if the core's enum grows; {@code article.Extraction} maps one onto the other.
 */
@Schema(description = "What kind of speaker it is: PERSON, ORGANIZATION, or OTHER when the article does not make sure")
public enum SpeakerType {
    PERSON("person"), ORGANIZATION("organisation"), OTHER("other");

    private final String label;

    SpeakerType(String label) {
        this.label = label;
    }

    /** How the desk shows it: "person", "organisation", "other". */
    public String label() {
        return label;
    }

    /** True for PERSON and ORGANIZATION: the article made sure what the speaker is. */
    public boolean known() {
        return this != OTHER;
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** The type named by {@code raw} (case and surrounding blanks ignored), if any. */
    public static Optional<SpeakerType> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String name = raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
