package org.quotecheck.attribution.phrase;

import java.util.Set;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;

import static org.quotecheck.attribution.lexicon.Lexicon.AUX;
import static org.quotecheck.attribution.lexicon.Lexicon.CLAUSE;
import static org.quotecheck.attribution.lexicon.Lexicon.DETERMINERS;
import static org.quotecheck.attribution.lexicon.Lexicon.PREPOSITIONS;
import static org.quotecheck.attribution.phrase.WordShapes.POSSESSIVE_WORDS;
import static org.quotecheck.attribution.phrase.WordShapes.isPronoun;

/**
 * The one home of the "is this word a verb here" tests of the phrase finder. They differ on
 * purpose, each tuned to where it is asked (what stands before the word, whether a false "yes" cuts a
 * name short or a false "no" runs a phrase on), and each says what it accepts; a new caller picks the
 * one whose description fits rather than writing another. All of them read the same word shapes:
 * {@link #regularPast}, {@link #presentS} and the lists {@code common-verbs} and {@code past-forms}.
 */
public final class VerbForms {

    /** An -ed word this short ("red", "bed", "need", "shed") is too rarely a past form to trust. */
    private static final int MIN_REGULAR_PAST = 5;

    /** An -s word this short ("is", "has", "was", "bus") is no present-tense verb after a name. */
    private static final int MIN_PRESENT_S = 4;

    private VerbForms() {
    }

    /** "completed", "seemed": an -ed word long enough to be a regular past form. */
    static boolean regularPast(String lower) {
        return lower.endsWith("ed") && lower.length() >= MIN_REGULAR_PAST;
    }

    /** "supports", "says": an -s word that is no "-ss" noun and no possessive. */
    private static boolean presentS(String lower) {
        return lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("'s");
    }

    /**
     * "Speaking to reporters, Smith …": a capitalised -ing word opening the segment [s, e) followed by a
     * lower-case word that is no auxiliary, speech verb or -ed form ("Manning has said" is a name and its verb).
     */
    static boolean openingParticiple(Doc d, int s, int e) {
        Tok t = d.tok(s);
        Tok nx = d.tok(s + 1);
        return s + 1 < e && t.capitalized() && t.lower().endsWith("ing") && nx.isWord() && !nx.capitalized()
                && !FINITE_AUX.contains(nx.lower()) && !Lexicon.SPEECH.contains(nx.lower()) && !nx.lower().endsWith("ed");
    }

    /** The shape of a participle or past form that may open a sentence capitalised: "Speaking", "Retired". */
    static boolean participleShape(String lower) {
        return lower.endsWith("ing") || regularPast(lower);
    }

    /** Auxiliaries that make a capitalised -ing word a name ("Manning has said"), not an opening participle. */
    private static final Set<String> FINITE_AUX = WordLists.load("finite-aux");

    /** Finite verbs common in news that end a subject ("The endorsement comes …", "The music seemed …"). */
    public static final Set<String> COMMON_VERBS = WordLists.load("common-verbs");

    /**
     * A lower-case finite verb right after a noun ends a subject: an -ed form after a noun or
     * name ("the American Bar Association completed"), or a common irregular or -s form.
     * "the elected officials", "a newly formed group": after a determiner or adverb it is an adjective.
     */
    public static boolean verbAfterNoun(Tok prev, Tok t) {
        if (!t.isWord() || t.capitalized() || !prev.isWord() || DETERMINERS.contains(prev.lower())
                || prev.lower().endsWith("ly") || prev.is("of") || prev.is("'s") || isPronoun(prev)) {
            return false;
        }
        String l = t.lower();
        return (regularPast(l) && !l.endsWith("-ed")) || COMMON_VERBS.contains(l);
    }

    private static final Set<String> OBJECT_STARTS = WordLists.load("object-starts");

    /**
     * "Lee supports “…”", "Lee opposes the plan": a lower-case -s word right after a name and
     * before a quotation or an article is the name's verb, not part of the name ("Lee campaign").
     */
    public static boolean presentVerbAfterName(Doc d, int k, int e) {
        if (k + 2 >= d.size() || k + 1 >= e) {
            return false;
        }
        Tok name = d.tok(k);
        Tok t = d.tok(k + 1);
        Tok nx = d.tok(k + 2);
        String l = t.lower();
        return name.capitalized() && !DETERMINERS.contains(name.lower()) && t.isWord() && !t.capitalized()
                && l.length() >= MIN_PRESENT_S && presentS(l) && !l.endsWith("’s")
                && (nx.isQuote() || OBJECT_STARTS.contains(nx.lower()));
    }

    /**
     * A lower-case word that reads as a finite verb: an auxiliary, a speech verb, a past form, or an
     * -s/-ed form (any length: after a name and a clause word, "in which Roe said", short forms count).
     */
    static boolean finiteVerb(Tok t) {
        String l = t.lower();
        return t.isWord() && !t.capitalized() && (AUX.contains(l) || Lexicon.SPEECH.contains(l) || PAST_FORMS.contains(l)
                || l.endsWith("ed") || presentS(l));
    }

    /** Common irregular past tenses: "The talks went", "Roe made". */
    private static final Set<String> PAST_FORMS = WordLists.load("past-forms");

    /** Words before a participle that make it a modifier: "the retired general", "a well funded group". */
    private static final Set<String> PRE_MODIFIER = WordLists.load("pre-modifier");

    /**
     * Whether the word at {@code k} is a finite verb ending a noun phrase: a past form right after a
     * noun or name ("The music seemed", "Rick Roe turned"), not after a determiner or modifier ("the retired").
     */
    static boolean finiteAfterNoun(Doc d, int k) {
        Tok t = d.tok(k);
        Tok prev = d.tok(k - 1);
        String l = t.lower();
        if (t.capitalized() || !(regularPast(l) || PAST_FORMS.contains(l))) {
            return false;
        }
        String p = prev.lower();
        return prev.isWord() && !DETERMINERS.contains(p) && !POSSESSIVE_WORDS.contains(p) && !p.endsWith("ly")
                && !PRE_MODIFIER.contains(p) && !Character.isDigit(prev.text().charAt(0));
    }

    /** A lower-case word that can only be a finite verb here: "worded", "recalls", "took". */
    static boolean verbAfterPhrase(Tok w) {
        String l = w.lower();
        return w.isWord() && !w.capitalized() && !PREPOSITIONS.contains(l) && !CLAUSE.contains(l)
                && (regularPast(l) || COMMON_VERBS.contains(l) || Lexicon.SPEECH.contains(l));
    }

    /**
     * A word that ends a name or determiner phrase before its verb: an auxiliary, speech verb, clause
     * word, preposition, lower-case -ed form or -ly adverb. Wider than a verb test on purpose.
     */
    static boolean verbLike(Tok t) {
        String l = t.lower();
        return AUX.contains(l) || Lexicon.SPEECH.contains(l) || CLAUSE.contains(l) || PREPOSITIONS.contains(l)
                || (l.endsWith("ed") && !t.capitalized()) || l.endsWith("ly");
    }
}
