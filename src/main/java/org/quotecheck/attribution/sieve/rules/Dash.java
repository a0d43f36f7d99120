package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** “…” — Jane Doe */
public final class Dash extends Rule {

    public static final String ID = "dash";

    public Dash() {
        super(ID, 0.85, Trait.STRONG);
    }

    @Override
    public String description() {
        return "Reads a name after a dash that follows the quotation, as in a pull quote, an epigraph or a list of "
                + "reactions: “…” — Ana Ruiz. The name must be capitalised and end its line; when words run on after "
                + "it, the dash opens an aside of the writer's, and the rule holds back.";
    }

    @Override
    public String example() {
        return "“Bridges are promises that a city keeps.” — Ana Ruiz";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        if (t + 2 >= d.size()) {
            return null;
        }
        Tok dash = d.tok(t + 1);
        if (!(dash.is("—") || dash.is("–") || dash.is("―") || dash.is("-") || dash.is("--")) || !d.tok(t + 2).capitalized()) {
            return null;
        }
        TokenRange np = npAfter(d, t + 2, dash.para());
        if (np == null || (np = SubjectPhrases.tighten(d, np)) == null) {
            return null;
        }
        int after = np.to();
        if (after < d.size() && d.tok(after).para() == dash.para() && d.tok(after).isWord()) {
            return null;
        }
        return Evidence.of(np, null);
    }
}
