package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npEndingAt;

import org.quotecheck.attribution.phrase.WordShapes;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** Smith: “…” */
public final class NameColon extends Rule {

    public static final String ID = "name-colon";

    public NameColon() {
        super(ID, 0.85);
    }

    @Override
    public String description() {
        return "Reads a name or noun phrase that introduces the quotation with nothing but a colon, as in a list of "
                + "reactions or an interview: Ana Ruiz: “…”. A party label in parentheses after the name is not part "
                + "of it. Inside a sentence only a capitalised name after a dash or “from” counts (More from Ruiz: "
                + "“…”); other phrases before a colon name a topic, not a speaker, and the rule holds back.";
    }

    @Override
    public String example() {
        return "Mayor Ana Ruiz: “The bridge will reopen in June.”";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        if (t < 2 || !d.tok(t - 1).is(":")) {
            return null;
        }
        int ss = d.sentenceStart(t - 1);
        int e = t - 2;
        if (d.tok(e).is(")")) {
            int open = WordShapes.openingParen(d, e, ss);
            e = open > ss ? open - 1 : e; // "Rep. Ann Roe (D-Ohio): “…”": the label is no part of the name
        }
        TokenRange np = npEndingAt(d, e, ss);
        if (np == null) {
            return null;
        }
        if (np.from() != ss) {
            // "Pollsters agree - Ann Roe: “…”", "More from Roe: “…”": a name after a dash or "from"
            Tok before = d.tok(np.from() - 1);
            boolean label = before.is("-") || before.is("—") || before.is("–") || before.is("from");
            TokenRange name = SubjectPhrases.tighten(d, np);
            if (!label || name == null || name.to() != np.to() || !d.tok(np.from()).capitalized()
                    || Lexicon.DETERMINERS.contains(d.tok(np.from()).lower())) {
                return null;
            }
        }
        return Evidence.of(np, null);
    }
}
