package org.quotecheck.attribution;

/**
 * Who said a quotation. {@code name} is the fullest form of the name the article gives (null for
 * an unnamed source such as "a source" or "aides"), {@code role} the title or office it gives
 * (null when none), {@code type} what kind of speaker the article shows it to be, {@code mention}
 * the words naming the speaker at the quotation.
 */
public record Speaker(String name, String role, SpeakerType type, Mention mention) {

    public Speaker {
        if (type == null) {
            throw new IllegalArgumentException("a speaker has a type (OTHER when the text does not say)");
        }
    }
}
