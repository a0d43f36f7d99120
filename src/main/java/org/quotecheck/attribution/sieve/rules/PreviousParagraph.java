package org.quotecheck.attribution.sieve.rules;


import org.quotecheck.attribution.phrase.Clauses;
import java.util.List;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.phrase.Speakers;
import org.quotecheck.attribution.sieve.Confidence;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** A quote that opens a paragraph continues the previous paragraph's speaker. */
public final class PreviousParagraph extends Rule {

    public static final String ID = "previous-paragraph";

    public static final Confidence PERSON_ABOUT = new Confidence("the person the previous paragraph's last sentence is about", 0.6);

    /** How many earlier quotations are looked at for one in the previous paragraph. */
    private static final int EARLIER_QUOTATIONS = 50;

    /** The shortest whole quoted sentence, in words, that continues the person a paragraph is about. */
    private static final int MIN_SENTENCE_WORDS = 3;

    public PreviousParagraph() {
        super(ID, 0.7, Trait.WEAK, Trait.REANCHORED);
    }

    @Override
    public String description() {
        return "Reads a quotation that opens its paragraph with no frame of its own: it continues the speaker of the "
                + "previous paragraph's last quotation, or else that paragraph's main speech frame (the reporting verb "
                + "of its sentence, not a verb inside what the sentence reports), or else, for a whole quoted sentence "
                + "of three words or more, the person (a name or he/she) that paragraph's last sentence is about, with "
                + "a lower confidence. The mention then moves to the nearest agreeing he or she (see the reanchoring step). It "
                + "does not run for a one-word scare quote or a short term after a determiner.";
    }

    @Override
    public String example() {
        return "Mayor Ana Ruiz said on Monday that the bridge would reopen in June.\n\n“We owe the commuters that much.”";
    }

    @Override
    public List<Confidence> variants() {
        return List.of(PERSON_ABOUT);
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int para = d.tok(t).para();
        if (t > 0 && d.tok(t - 1).para() == para) {
            return null;
        }
        if (para == 0) {
            return null;
        }
        for (int p = q - 1; p >= Math.max(0, q - EARLIER_QUOTATIONS); p--) {
            int pp = d.quotes().get(p).paragraph();
            if (pp < para - 1) {
                break;
            }
            if (pp == para - 1 && state.evidence(p) != null) {
                return state.evidence(p).forAnotherQuotation();
            }
        }
        int prevTok = t - 1;
        if (prevTok < 0 || d.tok(prevTok).para() != para - 1) {
            return null;
        }
        Evidence framed = SpeechFrames.paragraphFrame(d, prevTok, para - 1, false);
        return framed != null ? framed : introducedBy(d, q, prevTok);
    }

    /**
     * “Not only can she win …” opening a paragraph after "Lind is upbeat about the race." with no
     * speech verb: a whole-sentence quotation continues the person the previous paragraph's last
     * sentence is about, when that sentence has no quotation and its subject is a name or he/she.
     */
    private static Evidence introducedBy(Doc d, int q, int prevTok) {
        if (!d.endsSentence(q) || d.wordCount(q) < MIN_SENTENCE_WORDS) {
            return null;
        }
        int ss = d.sentenceStart(prevTok);
        for (int k = ss; k <= prevTok; k++) {
            if (d.tok(k).isQuote()) {
                return null;
            }
        }
        TokenRange subj = Clauses.mainSubject(d, ss, prevTok + 1);
        if (subj == null) {
            return null;
        }
        Tok f = d.tok(subj.from());
        boolean person = f.is("he") || f.is("she") || f.capitalized() && !Lexicon.DETERMINERS.contains(f.lower())
                && Speakers.plausibleSpeaker(d, subj);
        return person ? Evidence.of(subj, null).with(PERSON_ABOUT) : null;
    }
}
