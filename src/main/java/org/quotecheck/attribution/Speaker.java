package org.quotecheck.attribution;

/**
 * Who said a quotation. {@code name} is the fullest form of the name the article gives (null for
 * an unnamed source such as "a source" or "aides"), {@code role} the title or office it gives
 * (null when none), {@code mention} the words naming the speaker at the quotation.
 */
public record Speaker(String name, String role, Mention mention) {
}
