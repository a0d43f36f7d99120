package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;

import org.quotecheck.attribution.phrase.WordShapes;
import java.util.Set;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/**
 * A frame whose verb is not in the speech lexicon. Right after a quotation that a comma, "?" or
 * "!" leaves open, a subject with any past-tense verb that closes the sentence ("“…,” he surmised.",
 * "“…?” Roe went on.") or an inverted past verb with a name ("“…!” beamed Ann Roe") can only
 * report that quotation: no list of verbs is needed to read the frame. Without this the quotation
 * falls to the carried-over rules and takes whoever spoke before it.
 */
public final class VerbAfter extends Rule {

    public static final String ID = "verb-after";

    /** A quotation inside a sentence needs this many words: "the “new normal,” officials agreed" is a term. */
    private static final int MIN_WORDS_INSIDE_SENTENCE = 4;

    /** How many lower-case role words may precede a name ("election lawyer Ann Roe"). */
    private static final int MAX_ROLE_WORDS = 4;

    /** How many capitalised words a name may have. */
    private static final int MAX_NAME_WORDS = 5;

    /** A longer subject is no frame but a clause of its own. */
    private static final int MAX_SUBJECT_TOKENS = 7;

    /** An -ed word this long or shorter ("red", "shed", "need") is no regular past tense. */
    private static final int SHORT_ED_WORD = 4;



    /** Words that may follow the verb while the frame still ends there: an adjunct, not an object. */
    private static final Set<String> ADJUNCT_OPENERS = WordLists.load("adjunct-openers");

    /** Subjects of one word that can report a quotation. */
    private static final Set<String> SUBJECT_PRONOUNS = WordLists.load("subject-pronouns");

    /** Words after he/she/they that are not its verb: "they also", "he would". */
    private static final Set<String> NOT_VERBS_AFTER_PRONOUN = WordLists.load("not-verbs-after-pronoun");

    public VerbAfter() {
        super(ID, 0.8);
    }

    @Override
    public String description() {
        return "Reads a short frame right after a quotation left open by a comma, question mark or "
                + "exclamation mark, even when its verb is not a known speech verb: \"“…,” he surmised.\", "
                + "\"“…?” Roe went on.\", \"“…!” beamed Ann Roe\", \"“…,” they conclude\". The subject of that "
                + "frame (a name, he/she/they, or a short phrase like \"the crowd\") is credited, because a "
                + "subject and a past-tense verb that end the sentence there can only report the quotation. It "
                + "holds back after a full stop (the next words open a sentence of their own), for a quoted "
                + "term of fewer than four words inside a sentence, when the verb takes an object (\"reached "
                + "Trump's office\"), and when a capitalised He or She after \"?\" or \"!\" opens a new sentence.";
    }

    @Override
    public String example() {
        return "“We will rebuild the bridge before the first snow,” the engineer surmised.";
    }

    /** “…,” Ann Roe beamed. / “…?” he went on. / “…!” beamed Ann Roe: a past verb outside the speech lexicon. */
    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int para = d.tok(t).para();
        char last = d.lastChar(q);
        int j = t + 1;
        boolean comma = j < d.size() && d.tok(j).is(",");
        if (comma) {
            j++;
        }
        if (!comma && last != ',' && last != '?' && last != '!') {
            return null; // after a full stop the next words open a sentence of their own
        }
        if (j >= d.size() || d.tok(j).para() != para) {
            return null;
        }
        if (t != d.sentenceStart(t) && d.wordCount(q) < MIN_WORDS_INSIDE_SENTENCE) {
            return null; // a short quoted term inside a sentence: "the “new normal,” officials agreed" is too weak
        }
        Evidence inverted = invertedName(d, j, para);
        if (inverted != null) {
            return inverted;
        }
        TokenRange subj = subjectAt(d, j, para, comma || last == ',');
        if (subj == null) {
            return null;
        }
        int v = subj.to();
        boolean pronoun = subj.to() - subj.from() == 1 && SUBJECT_PRONOUNS.contains(d.tok(subj.from()).lower());
        if (!pastVerb(d.tok(v)) && !(pronoun && presentVerb(d.tok(v)))) {
            return null; // after a name a present form may be a noun ("Trump rallies"); after he/they it is the verb
        }
        int e = v + 1;
        if (e < d.size() && d.tok(e).para() == para && Lexicon.PARTICLES.contains(d.tok(e).lower())) {
            e++;
        }
        if (e < d.size() && d.tok(e).para() == para && d.tok(e).lower().endsWith("ly") && d.tok(e).isWord()) {
            e++; // "he said curtly", "she replied angrily"
        }
        if (!frameEnds(d, e, para)) {
            return null;
        }
        return Evidence.of(subj, new TokenRange(v, e)).endingFrameAt(e);
    }

    /** “…!” beamed Ann Roe, …: an inverted past verb followed by a capitalised name that ends the frame. */
    private static Evidence invertedName(Doc d, int j, int para) {
        Tok verb = d.tok(j);
        String l = verb.lower();
        if (!verb.isWord() || verb.capitalized() || !regularPast(l) || Lexicon.AUX.contains(l) || Lexicon.NAMING.contains(l)) {
            return null;
        }
        TokenRange np = npAfter(d, j + 1, para);
        if (np == null || !d.tok(np.from()).capitalized() || Lexicon.DETERMINERS.contains(d.tok(np.from()).lower())
                || WordShapes.isPronoun(d.tok(np.from()))) {
            return null;
        }
        int e = np.to();
        if (e < d.size() && d.tok(e).is("'s")) {
            return null; // "reached Trump's office": an object, not the speaker
        }
        if (!(e >= d.size() || d.tok(e).para() != para || d.tok(e).is(".") || d.tok(e).is(",") || d.tok(e).is(";"))) {
            return null;
        }
        return Evidence.of(np, new TokenRange(j, j + 1)).endingFrameAt(e);
    }

    /**
     * The subject opening a frame at {@code j}: he/she/they/I/we, a name (optionally after lower-case
     * role words, "election lawyer Ann Roe"), or a short determiner phrase ("her husband", "the crowd").
     */
    private static TokenRange subjectAt(Doc d, int j, int para, boolean closedByComma) {
        Tok f = d.tok(j);
        if (!f.isWord()) {
            return null;
        }
        if (SUBJECT_PRONOUNS.contains(f.lower())) {
            // after "?" or "!" a capitalised He/She opens the next sentence ("“…!” She replied to him …")
            boolean opensSentence = f.capitalized() && !f.is("i") || f.is("i") && !closedByComma;
            return opensSentence ? null : new TokenRange(j, j + 1);
        }
        int k = j;
        boolean determiner = Lexicon.DETERMINERS.contains(f.lower()) || f.is("his") || f.is("her") || f.is("their");
        if (determiner) {
            k++;
            // adjectives after the determiner, -ed ones included: "the bespectacled, 71-year-old diplomat"
            while (k + 1 < d.size() && d.tok(k + 1).para() == para && d.tok(k).isWord() && !d.tok(k).capitalized()
                    && (d.tok(k + 1).is(",") && d.tok(k + 2).isWord() && !d.tok(k + 2).capitalized()
                    || d.tok(k).lower().endsWith("ed") && d.tok(k + 1).isWord() && !d.tok(k + 1).capitalized())) {
                k += d.tok(k + 1).is(",") ? 2 : 1;
            }
        }
        // role words in lower case before a name, or the head noun after a determiner
        int roleStart = k;
        while (k < d.size() && k - roleStart < MAX_ROLE_WORDS && d.tok(k).para() == para && d.tok(k).isWord()
                && !d.tok(k).capitalized() && plainWord(d.tok(k))) {
            k++;
        }
        int names = k;
        while (k < d.size() && k - names < MAX_NAME_WORDS && d.tok(k).para() == para && d.tok(k).capitalized()
                && !Lexicon.NOT_NAMES.contains(d.tok(k).lower())) {
            k++;
        }
        if (k == j || k == names && !determiner) {
            return null; // lower-case words alone are no subject without a determiner
        }
        if (k - j > MAX_SUBJECT_TOKENS) {
            return null;
        }
        return new TokenRange(j, k);
    }

    /** A lower-case word that can be part of a noun phrase: not a verb form, clause word or preposition. */
    private static boolean plainWord(Tok t) {
        String l = t.lower();
        return !pastVerb(t) && !Lexicon.CLAUSE.contains(l) && !Lexicon.PREPOSITIONS.contains(l)
                && !Lexicon.AUX.contains(l) && !Lexicon.SPEECH.contains(l) && !l.endsWith("ly")
                && !l.equals("'s") && !WordShapes.isPronoun(t);
    }

    /** A lower-case past form: a regular -ed verb, a common irregular one, or a listed speech verb. */
    private static boolean pastVerb(Tok t) {
        if (!t.isWord() || t.capitalized()) {
            return false;
        }
        String l = t.lower();
        if (Lexicon.AUX.contains(l) || Lexicon.NAMING.contains(l)) {
            return false;
        }
        return regularPast(l) || Lexicon.IRREGULAR_PAST.contains(l) || Lexicon.SPEECH.contains(l);
    }

    private static boolean regularPast(String lower) {
        return lower.endsWith("ed") && lower.length() > SHORT_ED_WORD;
    }

    /** A lower-case word after he/she/they that can only be its verb: "they conclude", "he notes". */
    private static boolean presentVerb(Tok t) {
        String l = t.lower();
        return t.isWord() && !t.capitalized() && !Lexicon.AUX.contains(l) && !Lexicon.CLAUSE.contains(l)
                && !Lexicon.PREPOSITIONS.contains(l) && !l.endsWith("ly") && !Lexicon.DETERMINERS.contains(l)
                && !l.contains("'") && !l.contains("’") && !NOT_VERBS_AFTER_PRONOUN.contains(l);
    }

    /** Whether the frame ends at {@code e}: the sentence or paragraph ends, a comma follows, or an adjunct opens. */
    private static boolean frameEnds(Doc d, int e, int para) {
        if (e >= d.size() || d.tok(e).para() != para) {
            return true;
        }
        Tok t = d.tok(e);
        if (t.is(".") || t.is(",") || t.is("!") || t.is("?") || t.is(";") || WordShapes.isDash(t)) {
            return true;
        }
        return t.isWord() && (ADJUNCT_OPENERS.contains(t.lower()) || Lexicon.DAYS.contains(t.lower()));
    }
}
