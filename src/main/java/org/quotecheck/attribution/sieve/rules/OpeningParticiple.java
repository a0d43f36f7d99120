package org.quotecheck.attribution.sieve.rules;


import org.quotecheck.attribution.phrase.WordShapes;
import org.quotecheck.attribution.phrase.Clauses;
import java.util.Set;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.phrase.Speakers;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/**
 * "In declaring Trump's statements “not Christian,” the pope …", "Acknowledging that Trump “…,”
 * Allen did suggest …": a quotation inside an opening participle phrase is the main subject's.
 */
public final class OpeningParticiple extends Rule {

    public static final String ID = "opening-participle";

    /** How many linking words ("In", "And while") may stand before the participle. */
    private static final int MAX_LEADS = 2;

    /** The shortest participle, in letters: shorter -ing words ("king", "thing") are rarely verbs. */
    private static final int MIN_PARTICIPLE = 6;

    /** How far after the quotation the comma closing the phrase is sought, in tokens. */
    private static final int PHRASE_CLOSE_WINDOW = 25;

    /** -ing words that open a phrase but are no participle of the main subject ("During", "According"). */
    private static final Set<String> NOT_PARTICIPLES = WordLists.load("not-participles");

    /** Words that may stand before the participle: "In declaring …", "And while insisting …". */
    private static final Set<String> PARTICIPLE_LEADS = WordLists.load("participle-leads");

    public OpeningParticiple() {
        super(ID, 0.75);
    }

    @Override
    public String description() {
        return "Reads a quotation inside a participle phrase that opens the sentence: In calling the plan “reckless,” "
                + "the mayor …, or Acknowledging that the repairs were “late,” Ruiz said …. The main subject after the "
                + "phrase's closing comma speaks, when it can be a person (a name, a person noun or a pronoun). It holds "
                + "back for -ing words that are no participle of the subject (during, including, according, morning …), "
                + "when the phrase closes or another quotation stands before this one, and when no comma closes the "
                + "phrase.";
    }

    @Override
    public String example() {
        return "In calling the plan “reckless and unfair,” Mayor Ana Ruiz broke with her own party.";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        int p = ss;
        while (p < t && p - ss < MAX_LEADS && PARTICIPLE_LEADS.contains(d.tok(p).lower())) {
            p++;
        }
        Tok part = d.tok(p);
        if (p >= t || !part.isWord() || !part.lower().endsWith("ing") || part.lower().length() < MIN_PARTICIPLE
                || NOT_PARTICIPLES.contains(part.lower())) {
            return null;
        }
        for (int k = p + 1; k < t; k++) {
            if (d.tok(k).is(",") || d.tok(k).isQuote() || d.tok(k).is(";") || d.tok(k).is(":")) {
                return null; // the phrase closed, or another quotation stands first
            }
        }
        int se = d.sentenceEnd(t);
        int comma = -1;
        for (int k = t + 1; k < Math.min(se, t + PHRASE_CLOSE_WINDOW); k++) {
            if (d.tok(k).isQuote()) {
                return null;
            }
            if (d.tok(k).is(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0 && d.lastChar(q) != ',') {
            return null; // the phrase must close with a comma, after the quotation or inside its marks
        }
        int from = comma >= 0 ? comma : t;
        TokenRange subj = Clauses.mainSubject(d, from, se);
        if (subj == null || !Speakers.plausibleSpeaker(d, subj) || !Speakers.personLike(d, subj) && !WordShapes.isPronoun(d.tok(subj.from()))) {
            return null;
        }
        return Evidence.of(subj, new TokenRange(p, p + 1));
    }
}
