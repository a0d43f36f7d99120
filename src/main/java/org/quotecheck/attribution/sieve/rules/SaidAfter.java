package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;
import static org.quotecheck.attribution.phrase.Subjects.subjectOf;

import org.quotecheck.attribution.phrase.WordShapes;
import org.quotecheck.attribution.phrase.NounPhrases;
import java.util.List;
import java.util.Optional;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.sieve.Confidence;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** “…,” X said / “…,” said X / “…,” X, a long appositive, said. */
public final class SaidAfter extends Rule {

    public static final String ID = "said-after";

    public static final Confidence AFTER_FULL_STOP = new Confidence("the quotation ends with a full stop", 0.85);
    public static final Confidence UNPUNCTUATED = new Confidence("no mark closes the quotation before the frame", 0.8);

    /** How far after the quotation the speech verb may stand, in tokens: room for a name and a long appositive. */
    private static final int FRAME_WINDOW = 40;

    /** How far an unclosed appositive may run from the name to the verb, in tokens. */
    private static final int UNCLOSED_APPOSITIVE = 15;

    /** How far before the quotation a speech verb frames it already, in tokens. */
    private static final int FRAME_BEFORE_WINDOW = 6;

    /** How many tokens after the frame may still close it: a short adjunct ("on Friday"). */
    private static final int CLOSING_ADJUNCT = 4;

    public SaidAfter() {
        super(ID, 0.95, Trait.STRONG);
    }

    @Override
    public String description() {
        return "Reads a speech frame right after the quotation: “…,” Ruiz said, “…,” said Ruiz, or “…,” Ruiz, the "
                + "city's mayor since 2019, said. A party label such as (D-Ohio) between the name and the verb is "
                + "skipped. After a full stop the frame must end its sentence (“….” Ruiz said.), and such a decision, "
                + "like one where no mark closes the quotation, carries a lower confidence. It holds back when a "
                + "participle follows the quotation (“…,” adding that …), which continues a frame before it; when "
                + "the quotation modifies the noun after it (the “poison pill” measures); and when a speech verb "
                + "just before the quotation already frames it and the later report has a clause of its own.";
    }

    @Override
    public String example() {
        return "“The bridge will reopen in June,” Mayor Ana Ruiz said.";
    }

    @Override
    public List<Confidence> variants() {
        return List.of(AFTER_FULL_STOP, UNPUNCTUATED);
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int para = d.tok(t).para();
        int j = t + 1;
        if (j < d.size() && d.tok(j).is(",")) {
            j++;
        }
        if (j >= d.size() || d.tok(j).para() != para) {
            return null;
        }
        Optional<Confidence> conf = afterConfidence(d, q);
        // after a full stop the next words are a frame only when they end there: “….” Smith said.
        boolean fullStop = d.lastChar(q) == '.' || d.tok(t + 1).is(".");
        // "Trump claimed that “…,” one of the prosecutors said the cases differ": the frame before governs
        boolean framedBefore = speechFrameBefore(d, t);
        Tok first = d.tok(j);
        if (first.isWord() && !first.capitalized() && first.lower().endsWith("ing") && Lexicon.isSpeech(first)) {
            return null; // “…,” adding that …/telling reporters …: the participle continues the frame before the quote
        }
        if (Lexicon.isSpeech(first) && !Lexicon.NAMING.contains(first.lower())) {
            TokenRange np = npAfter(d, j + 1, para);
            if (np != null && (!fullStop || endsHere(d, np.to(), para))) {
                return Evidence.of(np, new TokenRange(j, j + 1)).endingFrameAt(np.to()).withVariant(conf);
            }
            return null;
        }
        if (fullStop && first.is(".")) {
            return null;
        }
        if (!NounPhrases.startsNp(first) || first.is("that") && !fullStop) {
            return null; // “…” that Smith can win, said Jones: "that" opens a clause, not a subject
        }
        boolean closed = j > t + 1 || ",.?!—–-".indexOf(d.lastChar(q)) >= 0;
        if (!closed && first.isWord() && !first.capitalized() && !WordShapes.isPronoun(first)
                && !Lexicon.DETERMINERS.contains(first.lower())) {
            return null; // 'the “poison pill” measures added by …': the quote modifies the noun after it
        }
        for (int k = j + 1; k < Math.min(d.size(), j + FRAME_WINDOW); k++) {
            Tok tk = d.tok(k);
            if (tk.para() != para || tk.isQuote() || tk.is(".") || tk.is(";") || tk.is("?") || tk.is("!")) {
                return null;
            }
            if (tk.is("(")) {
                int close = WordShapes.closingParen(d, k);
                if (close > 0) {
                    k = close; // a party label "(D-Ohio)" between the name and the verb
                    continue;
                }
            }
            if (Lexicon.isSpeechAt(d, k) && !Lexicon.NAMING.contains(tk.lower())) {
                TokenRange subj = subjectOf(d, k, j);
                if ((subj == null || subj.from() != j) && !fullStop && first.capitalized()
                        && !Lexicon.DETERMINERS.contains(first.lower()) && !d.tok(k - 1).is(",")) {
                    // "“…,” Nate Silver, the guru who founded the site tweeted": an appositive left unclosed
                    TokenRange name = npAfter(d, j, para);
                    subj = name != null && d.tok(name.to()).is(",") && k - name.to() <= UNCLOSED_APPOSITIVE ? name : subj;
                }
                if (subj != null && subj.from() == j && ((!fullStop && (!framedBefore || d.tok(k + 1).is(",")))
                        || endsHere(d, k + 1, para))) {
                    return Evidence.of(subj, new TokenRange(k, k + 1)).endingFrameAt(k + 1).withVariant(conf);
                }
                return null;
            }
        }
        return null;
    }

    /** The declared confidence after a comma or other closing mark, less after a full stop or none. */
    private static Optional<Confidence> afterConfidence(Doc d, int q) {
        char c = d.lastChar(q);
        if (c == ',' || c == '?' || c == '!' || c == '—' || c == '–' || c == '-' || c == '…') {
            return Optional.empty();
        }
        return Optional.of(c == '.' ? AFTER_FULL_STOP : UNPUNCTUATED);
    }

    /** A speech verb shortly before the quotation in its sentence, with no other quotation between. */
    private static boolean speechFrameBefore(Doc d, int t) {
        int ss = d.sentenceStart(t);
        for (int k = t - 1; k >= Math.max(ss, t - FRAME_BEFORE_WINDOW); k--) {
            if (d.tok(k).isQuote() || WordShapes.isDash(d.tok(k)) || d.tok(k).is("-") || d.tok(k).is(")")) {
                return false;
            }
            if (Lexicon.isSpeechAt(d, k) && !Lexicon.NAMING.contains(d.tok(k).lower())) {
                return k > ss;
            }
        }
        return false;
    }

    /** Whether the sentence (or paragraph) ends at token {@code k}, allowing a short adjunct. */
    private static boolean endsHere(Doc d, int k, int para) {
        for (int i = k; i < Math.min(d.size(), k + CLOSING_ADJUNCT); i++) {
            Tok t = d.tok(i);
            if (t.para() != para || t.is(".")) {
                return true;
            }
            if (t.is(",") || t.is(";") || t.isQuote()) {
                return false; // "…” He added that it was “proud.”": the frame belongs to the next quotation
            }
        }
        return k >= d.size();
    }
}
