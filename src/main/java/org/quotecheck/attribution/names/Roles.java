package org.quotecheck.attribution.names;

import org.quotecheck.attribution.entity.FirstNameGazetteer;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;

import java.util.Set;

/**
 * Role and title splitting: which words of a capitalised run or a noun phrase are an office
 * ("State Councilor", "the former secretary of state") and which are the name.
 */
final class Roles {

    /** Title words that are no office on their own: "state", "house", "former" only qualify one. */
    private static final Set<String> NOT_OFFICES = WordLists.load("not-offices");

    /** Tokens an appositive role ("Clinton, the former secretary of state,") may run. */
    private static final int APPOSITIVE_REACH = 10;

    /** Words a lower-case role before a name ("transport minister Lena Qvist") may have. */
    private static final int PREPOSED_ROLE_WORDS = 4;

    /** Lower-case words an office may follow within a name run: "Clinton campaign spokesman Brian". */
    private static final int OFFICE_AHEAD = 3;

    private Roles() {
    }

    /**
     * The office word within two lower-case words from {@code k} that a capitalised name follows
     * ("campaign spokesman Brian …"), or -1.
     */
    static int officeAhead(Doc doc, int k, int to) {
        for (int j = k; j < Math.min(to - 1, k + OFFICE_AHEAD); j++) {
            Tok t = doc.tok(j);
            if (!t.isWord() || t.capitalized()) {
                return -1;
            }
            if (isOffice(t.lower()) && doc.tok(j + 1).capitalized()) {
                return j;
            }
        }
        return -1;
    }

    static boolean isOffice(String lower) {
        return isTitle(lower) && !NOT_OFFICES.contains(lower);
    }

    /** "Hillary Clinton, the former secretary of state," — the appositive after a name as its role. */
    static String appositiveRole(Doc doc, int to) {
        if (to + 2 >= doc.size() || !doc.tok(to).is(",")) {
            return null;
        }
        int k = to + 1;
        if (!(doc.tok(k).is("the") || doc.tok(k).is("a") || doc.tok(k).is("an"))) {
            return null;
        }
        int s = k + 1;
        int para = doc.tok(to).para();
        boolean office = false;
        boolean afterOf = false; // "the chief executive of the Urban League": names after "of" belong to the role
        int e = s;
        for (; e < Math.min(doc.size(), s + APPOSITIVE_REACH); e++) {
            Tok t = doc.tok(e);
            if (t.para() != para || !t.isWord()) {
                break;
            }
            String l = t.lower();
            afterOf |= l.equals("of") && office;
            if (t.capitalized() && !afterOf) {
                return null; // "a Republican from Ohio": an affiliation, not an office
            }
            if (e > s && !t.capitalized() && !l.equals("of") && !office && Lexicon.PREPOSITIONS.contains(l)) {
                break;
            }
            if (Lexicon.CLAUSE.contains(l) || Lexicon.isSpeech(t)) {
                break;
            }
            if (isOffice(l)) {
                office = true;
            }
        }
        if (!office || e == s || e >= doc.size() || !(doc.tok(e).is(",") || doc.tok(e).is("."))) {
            return null;
        }
        return doc.text().substring(doc.tok(s).start(), doc.tok(e - 1).end());
    }

    /** "transport minister Lena Qvist": lower-case office words right before a name are its role. */
    static String preposedRole(Doc doc, int from) {
        int s = from;
        if (s == 0 || !isOffice(doc.tok(s - 1).lower()) || doc.tok(s - 1).capitalized()
                || doc.tok(s - 1).para() != doc.tok(from).para()) {
            return null;
        }
        while (s > 0 && from - s < PREPOSED_ROLE_WORDS) {
            Tok t = doc.tok(s - 1);
            String l = t.lower();
            boolean opening = s - 1 == 0 || doc.tok(s - 2).para() != t.para() || doc.tok(s - 2).is(".");
            if (!t.isWord() || t.capitalized() && !opening || t.para() != doc.tok(from).para() || Lexicon.DETERMINERS.contains(l)
                    || Lexicon.CLAUSE.contains(l) || Lexicon.isSpeech(t) || Lexicon.AUX.contains(l)
                    || Lexicon.PREPOSITIONS.contains(l) && !l.equals("of")) {
                break;
            }
            s--;
        }
        while (s < from && doc.tok(s).is("of")) {
            s++;
        }
        return doc.text().substring(doc.tok(s).start(), doc.tok(from - 1).end());
    }

    static String roleText(Doc doc, int from, int roleEnd) {
        int s = from;
        while (s < roleEnd && Lexicon.HONORIFICS.contains(doc.tok(s).lower())) {
            s++;
        }
        int e = roleEnd;
        while (e > s && Lexicon.HONORIFICS.contains(doc.tok(e - 1).lower())) {
            e--;
        }
        if (e <= s) {
            return null;
        }
        return doc.text().substring(doc.tok(s).start(), doc.tok(e - 1).end());
    }

    static boolean isTitle(String lower) {
        return Lexicon.TITLES.contains(lower);
    }

    /** SSA births above which a title word is first of all a first name. */
    private static final long COMMON_FIRST_NAME = 50_000;

    /**
     * "Dean Johnson, a salesman": a capitalised title word that is a common first name (tens of
     * thousands of births: Dean, not Judge or Major), followed by exactly one more capitalised word,
     * is the first name of a two-word name, not a title.
     */
    static boolean firstNameNotTitle(Doc doc, int k, int end) {
        Tok t = doc.tok(k);
        if (!t.capitalized() || k + 1 >= end || !doc.tok(k + 1).capitalized()
                || (k + 2 < end && doc.tok(k + 2).capitalized())) {
            return false;
        }
        return FirstNameGazetteer.standard().lookup(t.text())
                .map(e -> e.femaleBirths() + e.maleBirths() >= COMMON_FIRST_NAME).orElse(false);
    }

    /**
     * Whether a role ("Florida Sen.") holds a title ("senator", or its abbreviation) and every
     * modifier ("Florida"): "the Florida senator" is that person, "the Texas senator" is not.
     */
    static boolean holdsTitle(String role, String title, java.util.List<String> modifiers) {
        String r = role.toLowerCase(java.util.Locale.ROOT);
        String abbrev = switch (title) {
            case "senator" -> "sen.";
            case "governor" -> "gov.";
            case "representative", "congressman", "congresswoman" -> "rep.";
            case "general" -> "gen.";
            default -> title;
        };
        if (!r.contains(title) && !r.contains(abbrev)) {
            return false;
        }
        for (String m : modifiers) {
            if (!r.contains(m.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
