package org.quotecheck.attribution.sieve;

import org.quotecheck.attribution.phrase.WordShapes;
import org.quotecheck.attribution.phrase.NounPhrases;
import org.quotecheck.attribution.lexicon.WordLists;

import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;

import java.util.Set;

/**
 * Frames whose verb is not in the speech lexicon. Right after a quotation that a comma, "?" or
 * "!" leaves open, a subject with any past-tense verb that closes the sentence ("“…,” he surmised.",
 * "“…?” Roe went on.") or an inverted past verb with a name ("“…!” beamed Ann Roe") can only
 * report that quotation: no list of verbs is needed to read the frame. Without this the quotation
 * falls to the carried-over rules and takes whoever spoke before it.
 */
public final class LooseFrames {

    private LooseFrames() {
    }

    /** Common irregular past tenses that report a quotation or the manner of saying it. */
    private static final Set<String> IRREGULAR_PAST = WordLists.load("irregular-past-in-loose-frames");

    /** Particles of phrasal verbs of speech: "went on", "cut in", "shot back", "spoke up". */
    private static final Set<String> PARTICLES = WordLists.load("particles-in-loose-frames");

    /** Words that may follow the verb while the frame still ends there: an adjunct, not an object. */
    private static final Set<String> ADJUNCT_OPENERS = WordLists.load("adjunct-openers");

    /** Subjects of one word that can report a quotation. */
    private static final Set<String> SUBJECT_PRONOUNS = WordLists.load("subject-pronouns");

    /** “…,” Ann Roe beamed. / “…?” he went on. / “…!” beamed Ann Roe: a past verb outside the speech lexicon. */
    public static Evidence unlistedVerbAfter(State st, int q) {
        Doc d = st.doc();
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
        if (t != d.sentenceStart(t) && d.wordCount(q) < 4) {
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
        if (e < d.size() && d.tok(e).para() == para && PARTICLES.contains(d.tok(e).lower())) {
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
        if (!verb.isWord() || verb.capitalized() || !l.endsWith("ed") || l.length() <= 4
                || Lexicon.AUX.contains(l) || Lexicon.NAMING.contains(l)) {
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
        while (k < d.size() && k - roleStart < 4 && d.tok(k).para() == para && d.tok(k).isWord()
                && !d.tok(k).capitalized() && plainWord(d.tok(k))) {
            k++;
        }
        int names = k;
        while (k < d.size() && k - names < 5 && d.tok(k).para() == para && d.tok(k).capitalized()
                && !Lexicon.NOT_NAMES.contains(d.tok(k).lower())) {
            k++;
        }
        if (k == j || k == names && !determiner) {
            return null; // lower-case words alone are no subject without a determiner
        }
        if (k - j > 7) {
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
        return l.endsWith("ed") && l.length() > 4 || IRREGULAR_PAST.contains(l) || Lexicon.SPEECH.contains(l);
    }

    /** A lower-case word after he/she/they that can only be its verb: "they conclude", "he notes". */
    private static boolean presentVerb(Tok t) {
        String l = t.lower();
        return t.isWord() && !t.capitalized() && !Lexicon.AUX.contains(l) && !Lexicon.CLAUSE.contains(l)
                && !Lexicon.PREPOSITIONS.contains(l) && !l.endsWith("ly") && !Lexicon.DETERMINERS.contains(l)
                && !l.contains("'") && !l.contains("’") && !Lexicon.NOT_VERBS_AFTER_PRONOUN.contains(l);
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

    /** Verbs with which a sign, shirt, banner or document "that said" carries a quotation. */
    private static final Set<String> CARRYING_VERBS = WordLists.load("carrying-verbs");

    /**
     * "T-shirts that said “…”", "a banner that read, “…”": a relative "that" before the verb is the
     * speaker mention (news annotation marks it), the noun before it its referent.
     */
    public static Evidence relativeThat(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int v = t - 1;
        if (v >= 0 && (d.tok(v).is(",") || d.tok(v).is(":"))) {
            v--;
        }
        if (v < 2 || !CARRYING_VERBS.contains(d.tok(v).lower()) || d.tok(v).capitalized() || !d.tok(v - 1).is("that")) {
            return null;
        }
        int ss = d.sentenceStart(v);
        int n = v - 2;
        if (n < ss) {
            return null;
        }
        Tok noun = d.tok(n);
        String l = noun.lower();
        if (!noun.isWord() || Lexicon.AUX.contains(l) || Lexicon.SPEECH.contains(l) || Lexicon.CLAUSE.contains(l)
                || Lexicon.PREPOSITIONS.contains(l) || WordShapes.isPronoun(noun) || l.endsWith("ly")
                || Lexicon.DETERMINERS.contains(l)) {
            return null; // "he said that said …", "so that said": no noun for the relative to hang on
        }
        TokenRange np = NounPhrases.npEndingAt(d, n, ss);
        return np == null ? null : Evidence.of(new TokenRange(v - 1, v), new TokenRange(v, v + 1)).endingFrameAt(v + 1).namedBy(np);
    }

    /** "But, said Roe, “…”", "As Roe put it — said Roe: “…”": an inverted speech verb and a name right before the quotation. */
    public static Evidence invertedBefore(State st, int q) {
        Doc d = st.doc();
        int t = d.quoteTok(q);
        int k = t - 1;
        if (k < 2 || !(d.tok(k).is(",") || d.tok(k).is(":"))) {
            return null;
        }
        int e = k; // the name ends before the comma
        int n = e;
        while (n - 1 >= 0 && e - n < 4 && d.tok(n - 1).capitalized() && !Lexicon.NOT_NAMES.contains(d.tok(n - 1).lower())) {
            n--;
        }
        if (n == e || n - 1 < 0) {
            return null;
        }
        int v = n - 1;
        Tok verb = d.tok(v);
        if (!Lexicon.isSpeech(verb) || Lexicon.NAMING.contains(verb.lower()) || verb.lower().endsWith("ing")) {
            return null;
        }
        int ss = d.sentenceStart(v);
        boolean opens = v == ss || d.tok(v - 1).is(",") || WordShapes.isDash(d.tok(v - 1));
        return opens && d.tok(v).para() == d.tok(t).para() ? Evidence.of(new TokenRange(n, e), new TokenRange(v, v + 1)).endingFrameAt(t) : null;
    }
}
