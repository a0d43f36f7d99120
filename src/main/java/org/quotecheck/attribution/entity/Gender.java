package org.quotecheck.attribution.entity;

/** Grammatical gender as evidence for he/she agreement. */
public enum Gender {
    FEMALE,
    MALE,
    /** The evidence allows either (a first name given to both sexes, "Jordan"). */
    EITHER,
    /** No evidence either way. */
    UNKNOWN;

    /** Whether a pronoun of gender {@code pronoun} (FEMALE or MALE) may refer to a mention of this gender. */
    public boolean agreesWith(Gender pronoun) {
        return this == pronoun || this == EITHER || this == UNKNOWN || pronoun == EITHER || pronoun == UNKNOWN;
    }

    /** F, M or FM, as in the data files. */
    static Gender fromCode(String code) {
        return switch (code) {
            case "F" -> FEMALE;
            case "M" -> MALE;
            case "FM", "MF" -> EITHER;
            default -> throw new IllegalArgumentException("gender code must be F, M or FM, not '" + code + "'");
        };
    }
}
