package org.quotecheck.attribution.sieve;

import static org.quotecheck.attribution.phrase.NounPhrases.npEndingAt;

import java.util.Set;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** Post-pass: "31% of voters said “…”" is the poll's finding. */
final class PollRespondents implements PostPass {

    /** How far back from a coordinated subject ("… and Republican-leaning voters") its opening share is sought, in tokens. */
    private static final int COORDINATED_SHARE_WINDOW = 8;

    /** How many tokens a share takes before its "of" or its percent sign: "31 %", "Six in 10". */
    private static final int SHARE_LENGTH = 3;

    /** How far back from the quotation the poll is sought in its paragraph, in tokens. */
    private static final int POLL_WINDOW = 80;

    private static final Set<String> NUMBER_WORDS = WordLists.load("number-words");

    @Override
    public String id() {
        return "poll-respondents";
    }

    @Override
    public String description() {
        return "A speaker that is a share of a poll's respondents (“25 percent of likely voters”, “Six in 10”) is "
                + "replaced by the poll or survey named in the quotation's sentence or earlier in its paragraph; the "
                + "rule and confidence stay.";
    }

    @Override
    public String example() {
        return "In the Marist poll, 31% of voters said the race was “already over.”";
    }

    @Override
    public void apply(State st) {
        var doc = st.doc();
        for (int q = 0; q < st.quotations(); q++) {
            Decision d = st.decision(q);
            if (d != null && d.evidence().mention() != null && shareOfRespondents(doc, d.evidence().mention())) {
                TokenRange poll = pollNear(doc, doc.quoteTok(q));
                if (poll != null) {
                    st.decide(q, new Decision(d.rule(), d.evidence().mentionedAt(poll).namedBy(null), d.confidence()));
                }
            }
        }
    }

    /** "25 percent of likely voters", "31% of Republicans", "Six in 10": a share of a poll's respondents. */
    private static boolean shareOfRespondents(Doc d, TokenRange m) {
        // "31% of Republicans and Republican-leaning voters said": the share opens the coordinated subject
        if (d.tok(m.from() - 1).is("and") || d.tok(m.from() - 1).is("or")) {
            for (int k = m.from() - 2; k >= Math.max(0, m.from() - COORDINATED_SHARE_WINDOW); k--) {
                for (int j = Math.max(0, k - SHARE_LENGTH); d.tok(k).is("of") && j < k; j++) {
                    if (shareOfRespondents(d, new TokenRange(j, k))) {
                        return true;
                    }
                }
                if (!d.tok(k).isWord()) {
                    break;
                }
            }
        }
        Tok f = d.tok(m.from());
        if (!(Character.isDigit(f.text().charAt(0)) || NUMBER_WORDS.contains(f.lower()))) {
            return false;
        }
        for (int k = m.from(); k < Math.min(m.to() + 1, m.from() + SHARE_LENGTH) && k < d.size(); k++) {
            String l = d.tok(k).lower();
            if (l.equals("percent") || l.endsWith("%") || l.equals("in") || l.equals("%")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The poll or survey a share of respondents answered: the nearest "… poll"/"… survey" phrase in the
     * quotation's sentence or earlier in its paragraph; null when none is named there.
     */
    private static TokenRange pollNear(Doc d, int t) {
        int para = d.tok(t).para();
        int se = d.sentenceEnd(t);
        for (int k = Math.min(se, d.size()) - 1; k >= 0 && d.tok(k).para() == para && t - k < POLL_WINDOW; k--) {
            String l = d.tok(k).lower();
            if (l.equals("poll") || l.equals("survey") || l.equals("polls") || l.equals("surveys")) {
                TokenRange np = npEndingAt(d, k, d.sentenceStart(k));
                return np != null ? np : new TokenRange(k, k + 1);
            }
        }
        return null;
    }
}
