package org.quotecheck.attribution.phrase;


import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** Whether a noun phrase can name a speaker: word-shape tests shared by the rules and guards. */
public final class Speakers {

    private Speakers() {
    }


    /**
     * Whether a mention plainly names someone who can speak: a name or personal pronoun, or a phrase
     * headed by an office or a source word ("the senator", "White House officials").
     */
    public static boolean personLike(Doc d, TokenRange m) {
        Tok f = d.tok(m.from());
        if (WordShapes.isPronoun(f) || f.capitalized() && !Lexicon.DETERMINERS.contains(f.lower())) {
            return true;
        }
        for (int k = m.from(); k < m.to(); k++) {
            String l = d.tok(k).lower();
            if (Lexicon.TITLES.contains(l) || Lexicon.SOURCE_NOUNS.contains(l)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> NO_SPEAKER_HEADS = WordLists.load("no-speaker-heads");

    /**
     * Whether a clause subject guessed without a speech verb can be a speaker: a name, he/she/they
     * or a determiner phrase; not a dummy "it"/"there", a demonstrative, "you" or "we",
     * a lower-case fragment, or a capitalised past participle or adverb opening the sentence (names may end in -ing).
     */
    public static boolean plausibleSpeaker(Doc d, TokenRange r) {
        Tok f = d.tok(r.from());
        if (NO_SPEAKER_HEADS.contains(f.lower()) || f.lower().startsWith("that’") || f.lower().startsWith("that'")) {
            return false;
        }
        if (!f.capitalized()) {
            return WordShapes.isPronoun(f) || Lexicon.DETERMINERS.contains(f.lower());
        }
        String l = f.lower();
        // "Ted Lowe", "Retired Gen. Ann Roe": a short -ed name, or a title word before a name, is no participle
        boolean verbForm = VerbForms.participleShape(l) && !titledName(d, r);
        if ((r.to() - r.from() == 1 || verbForm) && r.from() == d.sentenceStart(r.from()) && !WordShapes.isPronoun(f)
                && !Lexicon.DETERMINERS.contains(l) && !d.capitalisedMidSentence(f.text())) {
            return false; // "Fifteen minutes later …", "Outside the arena …": capitalised only by position
        }
        return !(r.to() - r.from() == 1 && (l.endsWith("ed") || l.endsWith("ly")));
    }

    /** Capitalised words only, ending with a word the article capitalises mid-sentence (not a day). */
    private static boolean titledName(Doc d, TokenRange r) {
        if (r.to() - r.from() < 2) {
            return false;
        }
        for (int k = r.from(); k < r.to(); k++) {
            if (!d.tok(k).capitalized()) {
                return false;
            }
        }
        Tok last = d.tok(r.to() - 1);
        return !Lexicon.DAYS.contains(last.lower()) && d.capitalisedMidSentence(last.text());
    }
}
