package org.quotecheck.attribution.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Separates a person's name from the labels written around it, so that the name resolver stores
 * "Jane Doe" and not "Republican Jane Doe":
 * <ul>
 * <li>party labels, state or organisation prefixes and job titles before the name go to the role:
 *     "Republican Jane Doe" → Jane Doe / Republican; "Ohio Sen. John Roe" → John Roe / Ohio Sen.;
 *     "AFL-CIO President Ann Smith" → Ann Smith / AFL-CIO President;
 *     "Secretary of State Ann Roe" → Ann Roe / Secretary of State (the first name ends the title);
 *     "Rival Ann Roe" → Ann Roe / Rival (a word that is no first name before a first name);</li>
 * <li>courtesy titles (Mr., Dr.) are dropped from both;</li>
 * <li>a parenthetical party label and an appositive join the role:
 *     "Rep. Ann Roe (D-Ohio)" → Ann Roe / Rep. (D-Ohio); "Ana Ruiz, director of X" → Ana Ruiz /
 *     director of X; an age ("Roe, 92,") is dropped;</li>
 * <li>an organisation or place is never cut: "Republican National Committee" stays whole (its head
 *     word says it is an organisation), without a leading "the".</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class NameRoleSplitter {

    private final Lexicon lex;

    NameRoleSplitter(Lexicon lex) {
        this.lex = lex;
    }

    private static final NameRoleSplitter STANDARD = new NameRoleSplitter(Lexicon.standard());

    /** The splitter over the shipped word lists and first-name gazetteer. */
    public static NameRoleSplitter standard() {
        return STANDARD;
    }

    /** Splits a mention's text (a name with its labels, a nominal, a pronoun). */
    public NameRole split(String mention) {
        Phrase p = Phrase.of(mention);
        List<String> w = p.words();
        int from = 0;
        while (from < w.size() && isDeterminer(w.get(from))) {
            from++;
        }
        String extra = extraRole(p);
        if (from == w.size()) {
            return new NameRole(null, extra);
        }
        if (w.size() - from == 1 && lex.pronouns.contains(w.get(from))) {
            return new NameRole(null, extra);
        }
        String last = w.get(w.size() - 1);
        if (Lexicon.capitalised(last) && (lex.orgHeads.contains(last) || lex.placeHeads.contains(last)
                || lex.places.contains(p.join(from, w.size())))) {
            return new NameRole(p.join(from, w.size()), extra);
        }
        // a title or label after a name of two words or more ("Ann Roe Sen." from a clipped span) is no
        // name word either; after one word it is a nominal ("the Florida Senator")
        int end = w.size();
        while (end - 1 - from >= 2 && lex.roleWord(w.get(end - 1)) && Lexicon.capitalised(w.get(end - 1))
                && !lex.roleWord(w.get(end - 2))
                && Lexicon.capitalised(w.get(end - 2))) {
            end--;
        }
        if (end < w.size()) {
            NameRole head = split(p.join(from, end));
            List<String> trailing = new ArrayList<>();
            for (String t : w.subList(end, w.size())) {
                if (!lex.courtesyTitles.contains(t)) {
                    trailing.add(t);
                }
            }
            return new NameRole(head.name(), joinRole(joinRole(head.role(), String.join(" ", trailing)), extra));
        }
        int start = nameStart(w, from);
        if (start == w.size()) {
            return new NameRole(null, joinRole(p.join(from, w.size()), extra));
        }
        List<String> role = new ArrayList<>();
        for (int i = from; i < start; i++) {
            if (!lex.courtesyTitles.contains(w.get(i))) {
                role.add(w.get(i));
            }
        }
        return new NameRole(p.join(start, w.size()), joinRole(String.join(" ", role), extra));
    }

    /** The first word of the name at the end of {@code w}, or {@code w.size()} when none ends it. */
    int nameStart(List<String> w, int from) {
        int i = w.size();
        while (i > from) {
            if (isNameWord(w, i - 1)) {
                i--;
                continue;
            }
            // connectors inside an organisation's name ("Bank of America", "Citizens for Clean Water")
            int j = i - 1;
            while (j > from && lex.connectors.contains(w.get(j))) {
                j--;
            }
            if (i < w.size() && j < i - 1 && Lexicon.capitalised(w.get(j)) && !lex.roleWord(w.get(j))
                    && !lex.connectors.contains(w.get(j))) {
                i = j;
                continue;
            }
            break;
        }
        if (i == w.size()) {
            return i;
        }
        // "Secretary of State Ann Roe", "Director of National Intelligence Ann Roe": after a title and
        // a connector the run mixes the title's end and the name; a first name starts the name
        if (i > from && lex.connectors.contains(w.get(i - 1))) {
            for (int k = i + 1; k < w.size(); k++) {
                if (lex.firstNames.isFirstName(w.get(k)) && !lex.firstNames.isFirstName(w.get(k - 1))) {
                    return k;
                }
            }
            return w.size() - i > 1 ? w.size() - 1 : i;
        }
        // "Rival Ann Roe", "Journalist Jorge Ramos": a capitalised word that is no first name before a
        // first name that two or more name words follow is a label (a lone last word after the first
        // name could itself be a surname that is also a first name: "Kellyanne Conway")
        for (int k = i + 1; k <= w.size() - 2; k++) {
            if (lex.firstNames.isFirstName(w.get(k))) {
                boolean labelsBefore = true;
                for (int j = i; j < k; j++) {
                    labelsBefore &= !lex.firstNames.isFirstName(w.get(j)) && !w.get(j).endsWith(".");
                }
                return labelsBefore ? k : i;
            }
        }
        return i;
    }

    private boolean isNameWord(List<String> w, int i) {
        String t = w.get(i);
        if (lex.roleWord(t) || t.endsWith("'s") || t.endsWith("’s")) {
            return false;
        }
        if (lex.nameParticles.contains(t) && !Lexicon.capitalised(t)) {
            // inside a name (van, de) or a suffix after it (Jr.), never its first word
            return i > 0 && Lexicon.capitalised(w.get(i - 1)) && !lex.roleWord(w.get(i - 1));
        }
        return Lexicon.capitalised(t) && !lex.connectors.contains(t);
    }

    private String extraRole(Phrase p) {
        List<String> parts = new ArrayList<>();
        for (String paren : p.parentheticals()) {
            parts.add("(" + paren + ")");
        }
        String roles = String.join(" ", parts);
        if (p.appositive() != null) {
            roles = joinRole(roles, appositiveRole(p.appositive()));
        }
        return roles == null || roles.isEmpty() ? null : roles;
    }

    /** "92, a retired teacher," → "retired teacher"; a relative clause ("who …") is no role. */
    private String appositiveRole(String appositive) {
        for (String part : appositive.split(",")) {
            String t = part.strip();
            if (t.isEmpty() || t.chars().allMatch(Character::isDigit)) {
                continue;
            }
            String first = t.split("\\s+")[0];
            if (Lexicon.lower(first).matches("who|which|that|whose|said|says|told")) {
                return null;
            }
            return isDeterminer(first) ? t.substring(first.length()).strip() : t;
        }
        return null;
    }

    private static boolean isDeterminer(String word) {
        return switch (Lexicon.lower(word)) {
            case "the", "a", "an" -> true;
            default -> false;
        };
    }

    /** "Rep." + "(D-Ohio)" → "Rep. (D-Ohio)"; "Sen." + "a Republican" → "Sen., Republican". */
    private static String joinRole(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b == null || b.isEmpty() ? null : b;
        }
        if (b == null || b.isEmpty()) {
            return a;
        }
        return a + (b.startsWith("(") ? " " : ", ") + b;
    }
}
