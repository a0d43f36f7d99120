package org.quotecheck.attribution.entity;

import java.util.Locale;

/**
 * The word lists and the first-name gazetteer that the mention typer and the name/role splitter
 * share, loaded once from the resource files beside this class (one entry a line, each file's
 * header says what it is for).
 */
final class Lexicon {

    final WordList courtesyTitles = WordList.load("courtesy-titles.txt");
    final WordList titles = WordList.load("titles.txt");
    final WordList partyLabels = WordList.load("party-labels.txt");
    final WordList nameParticles = WordList.load("name-particles.txt");
    final WordList connectors = WordList.load("connectors.txt");
    final WordList orgHeads = WordList.load("org-heads.txt");
    final WordList orgNouns = WordList.load("org-nouns.txt");
    final WordList placeHeads = WordList.load("place-heads.txt");
    final WordList places = WordList.load("places.txt");
    final WordList personNouns = WordList.load("person-nouns.txt");
    final WordList documentNouns = WordList.load("document-nouns.txt");
    final WordList workNouns = WordList.load("work-nouns.txt");
    final WordList pronouns = WordList.load("pronouns.txt");
    final FirstNameGazetteer firstNames;

    private Lexicon(FirstNameGazetteer firstNames) {
        this.firstNames = firstNames;
    }

    private static final class Standard {
        static final Lexicon INSTANCE = new Lexicon(FirstNameGazetteer.standard());
    }

    static Lexicon standard() {
        return Standard.INSTANCE;
    }

    /** A word written with a capital (or a digit: "3M"), or an initial ("J."). */
    static boolean capitalised(String token) {
        return !token.isEmpty() && (Character.isUpperCase(token.codePointAt(0)) || Character.isDigit(token.codePointAt(0)));
    }

    /** A word that only titles or labels a person, never part of the name. */
    boolean roleWord(String token) {
        return titles.contains(token) || partyLabels.contains(token) || courtesyTitles.contains(token);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
