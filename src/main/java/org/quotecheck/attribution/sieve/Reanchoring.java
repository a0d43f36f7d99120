package org.quotecheck.attribution.sieve;


import java.util.Set;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** Post-pass: a speaker carried over is mentioned again by the nearest agreeing he/she. */
final class Reanchoring implements PostPass {

    /** How many linking words may stand before a he/she that still opens its sentence ("And then he …"). */
    private static final int MAX_SENTENCE_LINKS = 3;

    /** Words before a sentence's subject that leave it the subject: "And then he promised …". */
    private static final Set<String> SENTENCE_LINKS = Lexicon.SENTENCE_LINKS;

    /** Modal verbs: after "he" they open a verb phrase, but not one that reports the quotation. */
    private static final Set<String> MODALS = WordLists.load("modals");

    @Override
    public String id() {
        return "reanchoring";
    }

    @Override
    public String description() {
        return "For rules that carry a speaker over from elsewhere (re-anchored rules), the mention moves to the "
                + "agreeing he/she nearest the quotation: in its own sentence before it, opening a sentence between "
                + "the earlier mention and the quotation, or after it as the subject of a reporting verb. The earlier "
                + "mention still names the speaker.";
    }

    @Override
    public String example() {
        return "The budget was approved, says Gloria Marsh. She says it was “a long night.”";
    }

    @Override
    public void apply(State st) {
        for (int q = 0; q < st.quotations(); q++) {
            Decision d = st.decision(q);
            if (d != null && d.rule().has(Trait.REANCHORED)) {
                st.decide(q, new Decision(d.rule(), nearestMention(st.doc(), q, d.evidence()), d.confidence()));
            }
        }
    }

    /**
     * A speaker carried over from an earlier mention is referred to again by the "he" or "she" of
     * the quotation's own sentence (“He went on to call it “…”"): that nearest pronoun is the
     * mention, the earlier one still names the speaker. The pronoun must agree in gender.
     */
    private static Evidence nearestMention(Doc d, int q, Evidence ev) {
        int t = d.quoteTok(q);
        int ss = d.sentenceStart(t);
        int se = d.sentenceEnd(t);
        int found = -1;
        // back to the carried mention: "… says Ann Roe. She says people … “…”" names her again as "she"
        for (int k = t - 1; k >= ss; k--) {
            if (d.tok(k).is("he") || d.tok(k).is("she")) {
                found = k;
                break;
            }
        }
        int m = ev.mention().to();
        int mp = d.tok(ev.mention().from()).para();
        int qp = d.tok(t).para();
        boolean opensParagraph = t == 0 || d.tok(t - 1).para() != qp;
        // a quotation opening its paragraph continues the one before: "… he said. He then turned to them. ¶ “…”"
        if (found < 0 && m <= t && (mp == qp || mp == qp - 1 && opensParagraph)) {
            for (int k = t - 1; k >= m && !d.tok(k).isQuote(); k--) {
                if ((d.tok(k).is("he") || d.tok(k).is("she")) && opensSentence(d, k) && d.sentenceStart(k) >= m) {
                    found = k; // the sentence before the quotation is about the speaker again
                    break;
                }
            }
        }
        for (int k = t + 1; found < 0 && k < se; k++) {
            if (d.tok(k).isQuote()) {
                break;
            }
            if ((d.tok(k).is("he") || d.tok(k).is("she")) && reportingVerb(d.tok(k + 1))) {
                found = k;
            }
        }
        if (found < 0 || ev.mention().from() >= ss) {
            return ev;
        }
        char g = d.tok(found).is("he") ? 'm' : 'f';
        char speaker = genderOf(d, ev.naming());
        if (speaker != 0 && speaker != g) {
            return ev;
        }
        return ev.mentionedAt(new TokenRange(found, found + 1)).namedBy(ev.naming());
    }

    /** Whether token {@code k} opens its sentence, after linking words at most. */
    private static boolean opensSentence(Doc d, int k) {
        int ss = d.sentenceStart(k);
        for (int i = ss; i < k; i++) {
            if (!SENTENCE_LINKS.contains(d.tok(i).lower())) {
                return false;
            }
        }
        return k - ss <= MAX_SENTENCE_LINKS;
    }

    /** A he/she after the quotation names its speaker only as the subject of a reporting verb ("…,” he points out). */
    private static boolean reportingVerb(Tok t) {
        String l = t.lower();
        return t.isWord() && !t.capitalized() && !Lexicon.AUX.contains(l) && !MODALS.contains(l)
                && !Lexicon.CLAUSE.contains(l) && !Lexicon.PREPOSITIONS.contains(l) && !Lexicon.DETERMINERS.contains(l);
    }

    /** 'm', 'f' or 0 (unknown) for a mention: a pronoun, an honorific or a known first name. */
    private static char genderOf(Doc d, TokenRange m) {
        for (int k = m.from(); k < m.to(); k++) {
            Tok t = d.tok(k);
            if (t.is("he") || t.is("him") || t.is("his")) {
                return 'm';
            }
            if (t.is("she") || t.is("her")) {
                return 'f';
            }
            char h = Lexicon.honorificGender(t.lower());
            if (h != 0) {
                return h;
            }
            if (t.capitalized()) {
                char f = Lexicon.firstNameGender(t.text());
                if (f != 0) {
                    return f;
                }
            }
        }
        return 0;
    }
}
