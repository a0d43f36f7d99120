package org.quotecheck.attribution.names;

import java.util.Set;
import org.quotecheck.attribution.entity.FirstNameGazetteer;
import org.quotecheck.attribution.entity.PosTagger;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;

/**
 * Where capitalisation does not make a name: Title Case headline paragraphs, and a sentence opener
 * capitalised only by its position. {@link Entities} asks before it collects a run of capitals.
 */
final class NameRuns {

    private static final FirstNameGazetteer FIRST_NAMES = FirstNameGazetteer.standard();

    /** Headline paragraphs have at least this many words (a shorter Title Case line may be a name). */
    private static final int HEADLINE_MIN_WORDS = 4;

    /** Lower-case words of four letters or more that a Title Case headline may keep lower case. */
    private static final Set<String> HEADLINE_LOWER = WordLists.load("headline-lowercase");

    /**
     * A capitalised first word of a sentence that starts a run of capitalised words is only capitalised
     * by its position when it is no first name, the article never capitalises it mid-sentence, and the
     * part-of-speech tagger, reading the sentence's first words, does not take it for a proper noun
     * ("Understated Perez raises …", "Embattled Governor Ann Roe …"). Only such openers are tagged.
     */
    static boolean openerIsNoName(Doc doc, int i) {
        Tok t = doc.tok(i);
        if (i != doc.sentenceStart(i) || FIRST_NAMES.isFirstName(t.text()) || doc.capitalisedMidSentence(t.text())
                || Roles.isTitle(t.lower()) || Lexicon.HONORIFICS.contains(t.lower()) || t.text().length() < 3) {
            return false;
        }
        int end = Math.min(doc.sentenceEnd(i), i + MAX_TAGGED);
        String[] words = new String[end - i];
        for (int k = i; k < end; k++) {
            words[k - i] = doc.tok(k).text();
        }
        String tag = PosTagger.standard().tag(words, 0, words.length)[0];
        // a noun may be a role or an organisation before the name ("Agriculture Minister Lena Vogt")
        return !tag.equals("PROPN") && !tag.equals("NOUN");
    }

    /** The most words of one sentence the tagger reads to decide about its opener. */
    private static final int MAX_TAGGED = 8;

    /**
     * Paragraphs in Title Case: four or more words, three in four capitalised, and no lower-case word
     * of four letters or more but a short preposition ("Smith Slams Jones Over Trade", "Roe Wins
     * With Ease"). A sentence with many names ("On Monday, Florida Sen. Marco Rubio spoke first.") has
     * lower-case content words and is no headline.
     */
    static boolean[] headlines(Doc doc) {
        boolean[] h = new boolean[doc.paragraphs().size()];
        boolean[] prose = new boolean[h.length];
        int[] words = new int[h.length];
        int[] caps = new int[h.length];
        for (Tok t : doc.tokens()) {
            if (t.isWord() && Character.isLetter(t.text().charAt(0))) {
                words[t.para()]++;
                if (t.capitalized()) {
                    caps[t.para()]++;
                } else if (t.text().length() >= 4 && !HEADLINE_LOWER.contains(t.lower())) {
                    prose[t.para()] = true;
                }
            }
        }
        for (int p = 0; p < h.length; p++) {
            h[p] = !prose[p] && words[p] >= HEADLINE_MIN_WORDS && caps[p] * 4 >= words[p] * 3; // three in four capitalised
        }
        return h;
    }

    private NameRuns() {
    }
}
