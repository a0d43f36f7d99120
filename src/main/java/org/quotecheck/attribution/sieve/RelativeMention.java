package org.quotecheck.attribution.sieve;

import static org.quotecheck.attribution.phrase.NounPhrases.npEndingAt;

import org.quotecheck.attribution.phrase.WordShapes;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.TokenRange;

/** Refinement: "Smith, who called it “…”" is Smith's. */
final class RelativeMention implements Refinement {

    /** How far back an appositive before the relative pronoun may reach for its comma, in tokens. */
    private static final int APPOSITIVE_WINDOW = 12;

    @Override
    public String id() {
        return "relative-mention";
    }

    @Override
    public String description() {
        return "When the mention is a relative “who” or “which”, the noun phrase it hangs on names the speaker (past "
                + "an appositive: in “Marc Ode, the chief executive of the League, who …” it is Marc Ode). With no such "
                + "phrase the evidence is dropped and the next rule is tried.";
    }

    @Override
    public String example() {
        return "Stuart Stevens, who ran the campaign, called it “childish.”";
    }

    @Override
    public Evidence refine(State state, int q, Evidence evidence) {
        return withReferent(state.doc(), evidence);
    }

    /** "Smith, who called it “…”": the mention is the relative pronoun, the name is its antecedent. */
    private static Evidence withReferent(Doc d, Evidence ev) {
        TokenRange m = ev.mention();
        if (ev.referent() != null || m.to() - m.from() != 1 || !WordShapes.isRelative(d.tok(m.from()))) {
            return ev;
        }
        int k = m.from() - 1;
        int lb = d.sentenceStart(m.from());
        if (k >= lb && d.tok(k).is(",")) {
            k--;
        }
        TokenRange np = k >= lb ? npEndingAt(d, k, lb) : null;
        np = np == null ? null : pastAppositive(d, np, lb);
        return np == null ? null : ev.namedBy(np);
    }

    /**
     * "Marc Ode, the chief executive of the Urban League, who …": the relative clause hangs on the
     * name before the appositive, not on the organisation that ends it.
     */
    private static TokenRange pastAppositive(Doc d, TokenRange np, int lb) {
        int from = np.from();
        int k = from;
        // the appositive may be longer than the noun phrase found: walk back to its comma
        while (k > lb && k > from - APPOSITIVE_WINDOW && !d.tok(k - 1).is(",") && !d.tok(k - 1).isQuote()) {
            k--;
        }
        if (k <= lb + 1 || !d.tok(k - 1).is(",") || !Lexicon.DETERMINERS.contains(d.tok(k).lower())) {
            return np;
        }
        TokenRange name = npEndingAt(d, k - 2, lb);
        return name != null && d.tok(name.from()).capitalized() && !Lexicon.DETERMINERS.contains(d.tok(name.from()).lower())
                ? name : np;
    }
}
