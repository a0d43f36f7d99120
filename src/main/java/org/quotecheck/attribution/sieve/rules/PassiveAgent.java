package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;
import static org.quotecheck.attribution.sieve.rules.NominalWords.isArticle;
import static org.quotecheck.attribution.sieve.rules.NominalWords.isCopula;

import org.quotecheck.attribution.phrase.WordShapes;
import java.util.Set;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/**
 * The agent of a passive naming verb framing the quotation: "an option seen by organizers as a
 * “…”", "a plan derided as “…” by critics", "the plan has been called “…” by critics", "“…,” as
 * described by the mayor".
 */
public final class PassiveAgent extends Rule {

    public static final String ID = "passive-agent";

    /** How far back from "as" the by-phrase and its participle may stand ("seen by the city's organizers as"). */
    private static final int AGENT_WINDOW = 10;

    /** How far after the quotation ", as described by" may follow ("“…” in its handling of the files, as described by"). */
    private static final int AS_DESCRIBED_WINDOW = 15;

    /** Passive participles that name or judge what someone said, with its author in a by-phrase. */
    private static final Set<String> PASSIVE_NAMING = WordLists.load("passive-naming");

    public PassiveAgent() {
        super(ID, 0.85);
    }

    @Override
    public String description() {
        return "Reads a passive verb that names or judges the quoted words and says by whom: \"seen by "
                + "organizers as “…”\", \"derided as “…” by critics\", \"has been called “…” by the mayor\", or "
                + "\"“…,” as described by the mayor\" after the quotation. The person or group in the by-phrase "
                + "is credited. It holds back when no by-phrase names an agent (\"the plan, dubbed “…”\" says "
                + "nothing about who dubbed it), and when another quotation or a semicolon stands between the "
                + "quotation and \"as described by\".";
    }

    @Override
    public String example() {
        return "The new tax was described by critics as “a gift to the wealthiest families in town.”";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        int se = d.sentenceEnd(t);
        int para = d.tok(t).para();
        int k = t - 1;
        if (k >= ss && isArticle(d.tok(k))) {
            k--;
        }
        if (k >= ss && d.tok(k).is("as")) {
            // "seen by organizers as a “…”": back over the agent to "by" and the participle
            for (int j = k - 1; j > ss && j >= k - AGENT_WINDOW; j--) {
                Tok w = d.tok(j);
                if (!w.isWord()) {
                    break;
                }
                if (w.is("by") && participleBefore(d, j, ss)) {
                    TokenRange np = npAfter(d, j + 1, para);
                    if (np != null && np.to() <= k) {
                        return Evidence.of(np, new TokenRange(j - 1, j));
                    }
                    break;
                }
            }
            // "a plan derided as “…” by critics"
            if (k - 1 >= ss && PASSIVE_NAMING.contains(d.tok(k - 1).lower()) && t + 2 < d.size()
                    && d.tok(t + 1).is("by")) {
                TokenRange np = npAfter(d, t + 2, para);
                if (np != null) {
                    return Evidence.of(np, new TokenRange(k - 1, k));
                }
            }
        }
        // "the plan has been called “…” by critics"
        int pp = t - 1;
        if (pp > ss && isArticle(d.tok(pp))) {
            pp--;
        }
        if (pp > ss && PASSIVE_NAMING.contains(d.tok(pp).lower()) && passiveAux(d, pp - 1, ss) && t + 2 < d.size()
                && d.tok(t + 1).is("by")) {
            TokenRange np = npAfter(d, t + 2, para);
            if (np != null) {
                return Evidence.of(np, new TokenRange(pp, pp + 1));
            }
        }
        // "“…,” as described by the mayor"; "… “…” in its handling of the files, as described by the mayor"
        for (int j = t + 1; j + 3 < d.size() && j < se && j <= t + AS_DESCRIBED_WINDOW; j++) {
            Tok w = d.tok(j);
            if (w.isQuote() || w.is(";") || w.is(":")) {
                break;
            }
            boolean opens = j == t + 1 || d.tok(j - 1).is(",") || WordShapes.isDash(d.tok(j - 1)) || d.tok(j - 1).is("-");
            if (w.is("as") && opens && PASSIVE_NAMING.contains(d.tok(j + 1).lower()) && d.tok(j + 2).is("by")) {
                TokenRange np = npAfter(d, j + 3, para);
                return np == null ? null : Evidence.of(np, new TokenRange(j + 1, j + 2));
            }
        }
        return null;
    }

    /** "was", "has been", "is often": a passive auxiliary (with adverbs) before the participle at {@code k + 1}. */
    private static boolean passiveAux(Doc d, int k, int ss) {
        while (k > ss && d.tok(k).lower().endsWith("ly")) {
            k--;
        }
        Tok w = d.tok(k);
        return w.is("been") || w.is("be") || isCopula(w) || w.is("being") || w.is("as"); // "…, also known as"
    }

    /** A naming participle right before "by", allowing one adverb ("derisively known by"). */
    private static boolean participleBefore(Doc d, int by, int ss) {
        int p = by - 1;
        if (p > ss && d.tok(p).lower().endsWith("ly")) {
            p--;
        }
        return p >= ss && PASSIVE_NAMING.contains(d.tok(p).lower());
    }
}
