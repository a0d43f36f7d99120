package org.quotecheck.attribution.entity;

/**
 * A token with its Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, ADV, ...) and its
 * UTF-16 offsets {@code [start, end)} in the text it was cut from.
 */
public record TaggedToken(String text, int start, int end, String tag) {

    public boolean isProperNoun() {
        return "PROPN".equals(tag);
    }

    /** A noun of either kind (NOUN, PROPN). */
    public boolean isNoun() {
        return "NOUN".equals(tag) || "PROPN".equals(tag);
    }

    /** A verb or auxiliary. */
    public boolean isVerb() {
        return "VERB".equals(tag) || "AUX".equals(tag);
    }
}
