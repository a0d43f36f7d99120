package org.quotecheck.attribution;

/**
 * What kind of thing a speaker is, from evidence in the article: a person ("Ann Roe", "she",
 * "a spokeswoman"), an organisation ("the Sierra Club", "the agency", "the Ledger"), or other
 * (a document, a place, a work, or nothing the text makes sure of).
 */
public enum SpeakerType {
    PERSON, ORGANIZATION, OTHER
}
