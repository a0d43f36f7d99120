package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;
import static org.quotecheck.attribution.phrase.Subjects.subjectOf;

import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** China has used “velvet gloves” in its dealings, said a professor. / …, the senator said. */
public final class SentenceFrame extends Rule {

    public static final String ID = "sentence-frame";

    /** How far after the quotation the sentence's closing frame is sought, in tokens. */
    private static final int FRAME_WINDOW = 40;

    /** How close to the sentence end the verb of a closing "…, X said." must stand, in tokens. */
    private static final int CLOSING_FRAME = 8;

    /** The same for an inverted "…, said X, a long appositive.", whose name comes after the verb. */
    private static final int CLOSING_INVERTED_FRAME = 25;

    public SentenceFrame() {
        super(ID, 0.85, Trait.STRONG);
    }

    @Override
    public String description() {
        return "Reads a frame that closes the quotation's sentence after other words: The bridge has needed “years "
                + "of work” since the flood, a city engineer said. / …, said a city engineer. The verb must end the "
                + "sentence, within a few words (a little further for an inverted “said X, …” with an appositive), "
                + "and a comma must set the frame off from the clause it reports. It holds back when a later "
                + "quotation in the sentence has a frame of its own.";
    }

    @Override
    public String example() {
        return "The bridge has needed “years of patient work” since the flood, a city engineer said.";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int se = d.sentenceEnd(t);
        int para = d.tok(t).para();
        for (int k = t + 1; k < Math.min(se, t + FRAME_WINDOW); k++) {
            Tok tk = d.tok(k);
            if (tk.isQuote()) {
                if (d.endsSentence(tk.quote()) || k + 1 < se && d.tok(k + 1).is(",") && k + 2 < se
                        && Lexicon.isSpeechAt(d, k + 2)) {
                    return null; // a later quotation with its own frame
                }
                continue; // "… “a great deal of weight” and bring “firepower,” Smith said": one frame
            }
            boolean inverted = d.tok(k - 1).is(",") && (tk.is("said") || tk.is("says"));
            if (!Lexicon.isSpeechAt(d, k) || Lexicon.NAMING.contains(tk.lower())
                    || se - k > (inverted ? CLOSING_INVERTED_FRAME : CLOSING_FRAME)) {
                continue;
            }
            if (d.tok(k - 1).is(",")) {
                TokenRange np = npAfter(d, k + 1, para);
                if (np != null) {
                    return Evidence.of(np, new TokenRange(k, k + 1));
                }
            }
            TokenRange subj = subjectOf(d, k, t + 1);
            if (subj != null && d.tok(subj.from() - 1).is(",")) {
                return Evidence.of(subj, new TokenRange(k, k + 1));
            }
        }
        return null;
    }
}
