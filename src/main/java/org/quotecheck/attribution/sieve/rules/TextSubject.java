package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;
import static org.quotecheck.attribution.sieve.rules.StatementOwners.ownerEndingAt;

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
 * A text that is the subject of the quotation's clause speaks: "Hoff's letter makes a libertarian
 * case: “…”", "The ad targets a “…”"; when a by-phrase names who put it out ("An email sent out by
 * Roe on Tuesday warned: “…”"), that issuer does.
 */
public final class TextSubject extends Rule {

    public static final String ID = "text-subject";

    /** The text's head noun must come within this many tokens of the sentence start ("A footnote in the report"). */
    private static final int HEAD_WINDOW = 6;

    /** How many words a prepositional phrase after the head may have ("Hoff's letter to the board makes"). */
    private static final int PREPOSITIONAL_PHRASE_WINDOW = 5;

    /** A quotation of at most this many words inside the sentence is a term, unless a verb of stating frames it. */
    private static final int SHORT_QUOTE_WORDS = 2;

    /** Heads of a noun phrase naming a text that can carry words of its own. */
    private static final Set<String> TEXTS = WordLists.load("texts");

    /** Verbs by which a text states something; a short quotation needs one to be the text's wording. */
    private static final Set<String> TEXT_VERBS = WordLists.load("text-verbs");

    public TextSubject() {
        super(ID, 0.75);
    }

    @Override
    public String description() {
        return "Reads a sentence that opens with a text (a letter, ad, report, ruling, email) whose verb "
                + "introduces the quotation: \"Hoff's letter makes a case: “…”\", \"The ad targets a “…”\". The "
                + "text itself is credited, or the person named in its by-phrase when it says who put it out "
                + "(\"An email sent out by Roe warned: “…”\"). It holds back when another quotation stands "
                + "earlier in the sentence, when the sentence does not open with the text, and for a quotation "
                + "of one or two words inside the sentence unless a verb of stating (\"reads\", \"warns\", "
                + "\"calls\") frames it: \"The speech marked a “turning point”\" is a term, not the speech's wording.";
    }

    @Override
    public String example() {
        return "The campaign's new ad targets “landlords who raise the rent every single year.”";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        for (int k = ss; k < t; k++) {
            if (d.tok(k).isQuote()) {
                return null; // another quotation of the sentence stands between
            }
        }
        int k = ss;
        Tok f = d.tok(k);
        // the sentence opens with the text's noun phrase: "The ad", "A footnote in …", "Hoff's letter"
        boolean owned = false;
        int head = -1;
        for (int j = k; j < Math.min(t, k + HEAD_WINDOW); j++) {
            Tok w = d.tok(j);
            if (j > k && ownerEndingAt(d, j, ss) != null && !w.isWord()) {
                owned = true; // "Jones’ letter"
                continue;
            }
            if (!w.isWord()) {
                break;
            }
            owned |= w.is("'s");
            if (TEXTS.contains(w.lower()) && !w.capitalized()) {
                head = j;
                break;
            }
        }
        if (!(Lexicon.DETERMINERS.contains(f.lower()) && !WordShapes.isPronoun(f) || owned)) {
            return null;
        }
        if (head < 0 || head + 1 >= t) {
            return null;
        }
        int v = head + 1;
        // "An email sent out by Roe on Tuesday warned …": the issuer named in the by-phrase
        int by = d.tok(v + 1).is("out") ? v + 2 : v + 1;
        if (Documents.ISSUING.contains(d.tok(v).lower()) && by < t && d.tok(by).is("by")) {
            TokenRange np = npAfter(d, by + 1, d.tok(by).para());
            return np != null && np.to() < t ? Evidence.of(np, new TokenRange(v, v + 1)) : null;
        }
        // "Hoff's letter to the board makes …": a short prepositional phrase may follow the head
        if (Lexicon.PREPOSITIONS.contains(d.tok(v).lower())) {
            int e = v + 1;
            while (e < t && e < v + PREPOSITIONAL_PHRASE_WINDOW && d.tok(e).isWord() && !d.tok(e).lower().endsWith("s")) {
                e++;
            }
            v = e;
        }
        Tok verb = d.tok(v);
        if (v >= t || !verb.isWord() || verb.capitalized() || Lexicon.PREPOSITIONS.contains(verb.lower())
                || Lexicon.CLAUSE.contains(verb.lower()) || !(verb.lower().endsWith("s") || verb.lower().endsWith("ed")
                || Lexicon.AUX.contains(verb.lower()) || Lexicon.SPEECH.contains(verb.lower()))) {
            return null;
        }
        if (d.wordCount(q) <= SHORT_QUOTE_WORDS && !d.endsSentence(q) && !TEXT_VERBS.contains(verb.lower())
                && !Lexicon.SPEECH.contains(verb.lower())) {
            return null; // "The speech marked a “turning point”": a short term, not the text's wording
        }
        return Evidence.of(new TokenRange(ss, head + 1), new TokenRange(v, v + 1));
    }
}
