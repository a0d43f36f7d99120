package org.quotecheck.attribution.lexicon;

import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;

import java.util.Set;

/** Word lists of the sieve. Lower case. */
public final class Lexicon {
    private Lexicon() {
    }

    /** Speech and reporting verbs, in the forms news uses around a quotation. */
    public static final Set<String> SPEECH = WordLists.load("speech");

    /** Verbs of talking with no quotation of their own: they frame only the quote-only paragraph after them. */
    public static final Set<String> TALK = WordLists.load("talk");

    public static boolean isTalkAt(Doc d, int k) {
        Tok t = d.tok(k);
        return t.isWord() && !t.capitalized() && TALK.contains(t.lower())
                && !(k > 0 && NOUN_MARKERS.contains(d.tok(k - 1).lower()));
    }

    /** Frames that name a quotation rather than report speech: weaker cues. */
    public static final Set<String> NAMING = WordLists.load("naming");

    /** Words between a subject and its verb that are not part of the subject. */
    public static final Set<String> AUX = WordLists.load("aux");

    /** Time phrases that stand between a subject and its verb ("Smith two weeks ago said"). */
    public static final Set<String> TEMPORAL = WordLists.load("temporal");

    public static final Set<String> PRONOUNS = WordLists.load("pronouns");

    public static final Set<String> DETERMINERS = WordLists.load("determiners");

    /** Words that start a clause: a subject never extends over them. */
    public static final Set<String> CLAUSE = WordLists.load("clause");

    public static final Set<String> PREPOSITIONS = WordLists.load("prepositions");

    /** Titles and offices: they go to the role, not the name. */
    public static final Set<String> TITLES = WordLists.load("titles");

    /** Honorifics: dropped from names, not a role. */
    public static final Set<String> HONORIFICS = WordLists.load("honorifics");

    /** Capitalised words that start sentences or phrases but are no names. */
    public static final Set<String> NOT_NAMES = WordLists.load("not-names");

    public static final Set<String> ABBREVIATIONS = WordLists.load("abbreviations");

    /** Nouns that name a person or group without naming them: the name stays null. */
    public static final Set<String> SOURCE_NOUNS = WordLists.load("source-nouns");

    public static final Set<String> DAYS = WordLists.load("days");

    public static char honorificGender(String lower) {
        return switch (lower) {
            case "mr.", "mr", "sir" -> 'm';
            case "mrs.", "mrs", "ms.", "ms", "miss", "dame", "madam" -> 'f';
            default -> 0;
        };
    }

    /** Share of a first name's births one sex must hold for "he"/"she" to agree with it by the name alone. */
    private static final double GENDER_SHARE = 0.8;

    /**
     * 'f' or 'm' for a first name the US Social Security Administration's records give mostly (four in
     * five) to girls or to boys, 0 for one given to both ("Jordan", "Jan") or no listed first name.
     */
    public static char firstNameGender(String name) {
        return switch (org.quotecheck.attribution.entity.FirstNameGazetteer.standard().likelyGender(name, GENDER_SHARE)) {
            case FEMALE -> 'f';
            case MALE -> 'm';
            default -> 0;
        };
    }


    /** Common irregular past tenses ("went", "spoke"): a frame's verb, never the start of a speaker. */
    public static final Set<String> IRREGULAR_PAST = WordLists.load("irregular-past");

    /** Words that open a noun phrase of a described thing or person: a, the, his, her, their … */
    public static final Set<String> POSSESSIVE_DETERMINERS = WordLists.load("possessive-determiners");

    /** Words before a sentence's subject that leave it the subject: "And then he promised …". */
    public static final Set<String> SENTENCE_LINKS = WordLists.load("sentence-links");

    /** Particles of phrasal verbs ("went on", "shot back") that may follow a frame's verb. */
    public static final Set<String> PARTICLES = WordLists.load("particles");

    /** Prepositions completing a description before an apposition: "a spokesman for the campaign, Ann Lee,". */
    public static final Set<String> DESCRIPTION_PREPOSITIONS = WordLists.load("description-prepositions");

    /** Words that make the next word a noun: "his remarks", "her demands", "Smith's claims". */
    public static final Set<String> NOUN_MARKERS = WordLists.load("noun-markers");

    /** A speech verb at token {@code k} used as a verb, not as a noun after a determiner. */
    public static boolean isSpeechAt(Doc d, int k) {
        return isSpeech(d.tok(k)) && !(k > 0 && NOUN_MARKERS.contains(d.tok(k - 1).lower())
                && !(d.tok(k - 1).is("'s") && PRONOUNS.contains(d.tok(k - 2).lower()))); // "he's said" is a verb
    }

    public static boolean isSpeech(Tok t) {
        return t.isWord() && Character.isLowerCase(t.text().charAt(0)) && SPEECH.contains(t.lower());
    }
}
