package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;
import static org.quotecheck.attribution.phrase.Subjects.subjectOf;

import java.util.Set;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/**
 * Speech frames and their subjects, for the rules that look for a frame away from the quotation:
 * in a colon paragraph before it, or anywhere in its own or the previous paragraph.
 */
final class SpeechFrames {

    /** How far from the quotation a paragraph's frame is sought, in tokens: a long paragraph, not an article. */
    private static final int PARAGRAPH_FRAME_WINDOW = 150;

    private static final Set<String> INVERSION_BLOCKERS = WordLists.load("inversion-blockers");

    private SpeechFrames() {
    }

    /** "Said Lind, …", "Continued Lind:": a capitalised speech verb opening a sentence, a name after it. */
    static boolean openingInverted(Doc d, int k, int ss) {
        if (k != ss || k + 1 >= d.size()) {
            return false;
        }
        Tok tk = d.tok(k);
        Tok next = d.tok(k + 1);
        String l = tk.lower();
        // "Asked about it, Lind …", "Told of the plan, …": participles that open a phrase, not a frame
        return tk.isWord() && tk.capitalized() && Lexicon.SPEECH.contains(l) && (l.endsWith("ed") || l.equals("said")
                || l.equals("says") || l.equals("wrote")) && !INVERSION_BLOCKERS.contains(l)
                && next.isWord() && next.capitalized() && !Lexicon.NOT_NAMES.contains(next.lower());
    }

    /** The subject of the speech verb at {@code k}: before it, or after it where the frame is inverted. */
    static TokenRange frameSubject(Doc d, int k) {
        TokenRange s = subjectOf(d, k, d.sentenceStart(k));
        if (s == null && k + 1 < d.size() && inverted(d, k)) {
            s = npAfter(d, k + 1, d.tok(k).para());
        }
        return s;
    }

    /**
     * Whether a speech verb can have its subject after it: "…,” said Smith / , says the report.
     * Elsewhere the phrase after the verb is its object ("told city leaders", "asked reporters").
     */
    private static boolean inverted(Doc d, int k) {
        if (k == d.sentenceStart(k)) {
            return true;
        }
        Tok before = d.tok(k - 1);
        return before.isQuote() || before.is(",") || before.is(":") || before.is("—");
    }

    /**
     * The speech frame of paragraph {@code para} nearest to token {@code near}, or null. With
     * {@code both}, the quotation's own paragraph: a frame before it, else one after it in its own
     * sentence. Without, the previous paragraph: a speech or talk verb before {@code near}, read as
     * the main frame of its sentence.
     */
    static Evidence paragraphFrame(Doc d, int near, int para, boolean both) {
        int best = -1;
        for (int k = near; k >= Math.max(0, near - PARAGRAPH_FRAME_WINDOW) && d.tok(k).para() == para; k--) {
            if ((Lexicon.isSpeechAt(d, k) || !both && Lexicon.isTalkAt(d, k)) && isFrame(d, k)) {
                best = k;
                break;
            }
        }
        if (best >= 0 && !both) {
            // the paragraph before: its sentence's main frame, not a verb deeper in what it reports
            // ("Carter said that some critics had been predicting …")
            int main = firstFrame(d, d.sentenceStart(best), best, para);
            best = main >= 0 ? main : best;
        }
        if (best < 0 && both) {
            // a quotation inside a sentence takes a frame of its own sentence only: a later one reports a later statement
            int se = near == d.sentenceStart(near) ? d.size() : d.sentenceEnd(near);
            if (se == near + 1 && se < d.size() && "?!".indexOf(lastCharOf(d, near)) >= 0) {
                se = d.sentenceEnd(se); // “…!” Rep. Ann Roe said: the frame after a quotation that ends its sentence
            }
            best = firstFrame(d, near + 1, Math.min(Math.min(d.size(), se), near + PARAGRAPH_FRAME_WINDOW), para);
        }
        return best < 0 ? null : Evidence.of(frameSubject(d, best), new TokenRange(best, best + 1));
    }

    /** The first speech verb in [from, to) of the paragraph that has a subject, or -1. */
    private static int firstFrame(Doc d, int from, int to, int para) {
        for (int k = from; k < to && d.tok(k).para() == para; k++) {
            if (Lexicon.isSpeechAt(d, k) && isFrame(d, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isFrame(Doc d, int k) {
        return !Lexicon.NAMING.contains(d.tok(k).lower()) && frameSubject(d, k) != null;
    }

    private static char lastCharOf(Doc d, int quoteTok) {
        return d.tok(quoteTok).isQuote() ? d.lastChar(d.tok(quoteTok).quote()) : ' ';
    }
}
