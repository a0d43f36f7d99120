package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npEndingAt;
import static org.quotecheck.attribution.sieve.rules.NominalWords.isArticle;
import static org.quotecheck.attribution.sieve.rules.StatementOwners.OWNERS;

import java.util.Set;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.phrase.Speakers;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/**
 * The subject of the clause that takes up a chant as its object chants it: "the crowd reprised the
 * chant “…”", "protesters joined in a loud chant of “…”".
 */
public final class ChantObject extends Rule {

    public static final String ID = "chant-object";

    /** The chant's noun phrase starts at most this far before its noun: three words ("a loud, angry chant"). */
    private static final int CHANT_PHRASE_WINDOW = 4;

    /** Nouns for words a crowd repeats together. */
    private static final Set<String> CHANTS = WordLists.load("chants");

    /** Prepositions that make a chant something met or heard, not something the subject joins in. */
    private static final Set<String> CHANT_BLOCKERS = WordLists.load("chant-blockers");

    public ChantObject() {
        super(ID, 0.75);
    }

    @Override
    public String description() {
        return "Reads a chant, cry or refrain named right before the quotation as the object of a verb: "
                + "\"the crowd reprised the chant “…”\", \"protesters joined in a loud chant of “…”\". The "
                + "subject that takes up the chant (the crowd, the protesters) is credited. It holds back when "
                + "the chant is something met or heard rather than joined (\"was met with chants of “…”\", "
                + "\"over chants of\"), when the chant belongs to someone (\"their chants of\"), and when no "
                + "plausible subject stands before the verb.";
    }

    @Override
    public String example() {
        return "Outside city hall the crowd reprised the chant “Open the books, open the doors.”";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        int k = t - 1;
        if (k > ss && d.tok(k).is("of")) {
            k--;
        }
        if (k <= ss || !CHANTS.contains(d.tok(k).lower())) {
            return null;
        }
        int np = k;
        while (np - 1 > ss && np > k - CHANT_PHRASE_WINDOW && d.tok(np - 1).isWord() && !d.tok(np - 1).capitalized()
                && !Lexicon.PREPOSITIONS.contains(d.tok(np - 1).lower()) && !Lexicon.isSpeech(d.tok(np - 1))
                && (isArticle(d.tok(np - 1)) || !Lexicon.AUX.contains(d.tok(np - 1).lower()))
                && !isArticle(d.tok(np))) {
            np--;
        }
        Tok before = d.tok(np - 1);
        if (!before.isWord() || CHANT_BLOCKERS.contains(before.lower()) || Lexicon.AUX.contains(before.lower())
                || OWNERS.contains(before.lower()) || before.is("'s")) {
            return null; // "was met with chants of “…”", "their chants of “…”"
        }
        // the subject right before the verb: "the crowd loudly reprised", "activists joined in"
        int v = np - 1;
        if (v > ss && (before.is("in") || before.is("into") || before.is("up"))) {
            v--;
        }
        int e = v - 1;
        while (e > ss && d.tok(e).isWord() && !d.tok(e).capitalized()
                && (d.tok(e).lower().endsWith("ly") || Lexicon.AUX.contains(d.tok(e).lower()))) {
            e--;
        }
        Tok verb = d.tok(v);
        if (e < ss || !verb.isWord() || verb.capitalized() || Lexicon.PREPOSITIONS.contains(verb.lower())) {
            return null;
        }
        TokenRange subj = npEndingAt(d, e, ss);
        if (subj == null || !(Speakers.plausibleSpeaker(d, subj) || d.tok(e).lower().endsWith("s") && !d.tok(e).is("this"))) {
            return null; // a bare plural ("activists joined in …") is a crowd too
        }
        for (int j = subj.to() - 1; j > subj.from(); j--) {
            if (isArticle(d.tok(j))) {
                subj = new TokenRange(j, subj.to()); // "at one point the crowd": the last determiner opens it
                break;
            }
        }
        return Evidence.of(subj, new TokenRange(k, k + 1));
    }
}
