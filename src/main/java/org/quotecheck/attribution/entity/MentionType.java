package org.quotecheck.attribution.entity;

/** What a mention names. Only a PERSON can be "he" or "she". */
public enum MentionType {
    PERSON,
    ORGANIZATION,
    PLACE,
    /** A creative work (book, film, song): it speaks only through its author. */
    WORK,
    /** A text or recording that carries someone's words (statement, memo, transcript, audio). */
    DOCUMENT,
    /** No evidence, or a referent that may be several kinds (they, it, a lone surname). */
    OTHER
}
