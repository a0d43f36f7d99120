package org.quotecheck.attribution.entity;

/**
 * A mention's type and gender with the evidence that decided them, in words a reviewer can read
 * ("title 'Sen.'", "head word 'Center'", "first name 'Ann'").
 */
public record TypedMention(MentionType type, Gender gender, String evidence) {

    static TypedMention of(MentionType type, String evidence) {
        return new TypedMention(type, Gender.UNKNOWN, evidence);
    }

    /** Whether "he" ({@code pronoun} MALE) or "she" (FEMALE) may refer to this mention. */
    public boolean agreesWithPronoun(Gender pronoun) {
        return type == MentionType.PERSON && gender.agreesWith(pronoun);
    }
}
