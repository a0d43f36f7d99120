package org.quotecheck.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotecheck.attribution.Phrases.Range;

/**
 * Resolves a mention to the fullest name the article gives and the role (title or office) it
 * gives: "Wang" → "Wang Yi" / "State Councilor", "the Global Times" → "Global Times",
 * "he" → the nearest earlier person, "the senator" → the person the article titled senator.
 * Unnamed sources ("a source", "officials") resolve to a null name.
 */
final class NameResolver {

    /** A capitalised name of the article split into role words and name words. */
    record Entity(List<String> words, String name, String role, int tok, boolean person) {
    }

    record Resolved(String name, String role) {
    }

    private static final Set<String> ORG_WORDS = Set.of("times", "post", "news", "party", "committee",
            "university", "department", "agency", "council", "association", "institute", "foundation",
            "campaign", "house", "journal", "press", "network", "group", "company", "corporation", "inc.",
            "daily", "herald", "tribune", "review", "ministry", "office", "court", "congress", "senate",
            "administration", "union", "bureau", "center", "centre", "service", "commission", "fund", "bank",
            "cnn", "fox", "nbc", "abc", "cbs", "msnbc", "reuters", "breitbart", "gop", "fbi", "cia", "nato",
            "pac", "organization", "coalition", "board", "club", "magazine", "reporter", "politico",
            "kremlin", "pentagon", "police", "army");

    private final Doc doc;
    private final List<Entity> entities = new ArrayList<>();
    /** Entities by name word; lookups are memoised so resolution stays linear in the article. */
    private final java.util.Map<String, List<Entity>> byWord = new java.util.HashMap<>();
    private final java.util.Map<List<String>, Entity> fullestMemo = new java.util.HashMap<>();
    private final java.util.Map<String, String> roleMemo = new java.util.HashMap<>();

    NameResolver(Doc doc) {
        this.doc = doc;
        collect();
    }

    List<Entity> entities() {
        return entities;
    }

    private void collect() {
        int n = doc.size();
        int i = 0;
        while (i < n) {
            Tok t = doc.tok(i);
            if (!t.capitalized() || Lexicon.NOT_NAMES.contains(t.lower()) && !Lexicon.HONORIFICS.contains(t.lower())) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n) {
                Tok nx = doc.tok(j + 1);
                if (nx.para() != t.para()) {
                    break;
                }
                if (nx.capitalized() && !(Lexicon.NOT_NAMES.contains(nx.lower()) && !Lexicon.HONORIFICS.contains(nx.lower()))) {
                    j++;
                } else if (nx.is("of") && j + 2 < n && doc.tok(j + 2).capitalized() && isTitle(doc.tok(j).lower())) {
                    j++;
                } else {
                    break;
                }
            }
            add(i, j + 1);
            i = j + 1;
        }
    }

    private void add(int from, int to) {
        List<String> words = new ArrayList<>();
        int roleEnd = from; // exclusive token index of the role part
        for (int k = from; k < to; k++) {
            String l = doc.tok(k).lower();
            if ((isTitle(l) || Lexicon.HONORIFICS.contains(l)) && k + 1 < to) {
                roleEnd = k + 1;
            }
        }
        // "Secretary of State John Kerry": "of State" stays with the role
        if (roleEnd < to - 1 && doc.tok(roleEnd).is("of")) {
            roleEnd = Math.min(to - 1, roleEnd + 2);
        }
        int nameStart = roleEnd;
        for (int k = nameStart; k < to; k++) {
            words.add(doc.tok(k).text());
        }
        if (words.isEmpty()) {
            return;
        }
        String role = roleText(from, roleEnd);
        boolean person = true;
        for (String w : words) {
            if (ORG_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                person = false;
            }
        }
        Entity e = new Entity(words, String.join(" ", words), role, from, person);
        entities.add(e);
        for (String w : new java.util.HashSet<>(words)) {
            byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
        }
    }

    private String roleText(int from, int roleEnd) {
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
        return doc.text.substring(doc.tok(s).start(), doc.tok(e - 1).end());
    }

    static boolean isTitle(String lower) {
        return Lexicon.TITLES.contains(lower);
    }

    /** Resolves the mention at token range {@code m}; {@code lastPerson} is the name of the last speaker. */
    Resolved resolve(Range m, String lastPersonName) {
        if (m.to() - m.from() == 1 && Phrases.isPronoun(doc.tok(m.from()))) {
            String l = doc.tok(m.from()).lower();
            if (l.equals("he") || l.equals("she")) {
                return pronoun(m.from(), lastPersonName);
            }
            return new Resolved(null, null);
        }
        // strip determiners, honorifics and titles: what is left and capitalised is the name
        List<String> core = new ArrayList<>();
        int roleEnd = m.from();
        String titleWord = null;
        for (int k = m.from(); k < m.to(); k++) {
            Tok t = doc.tok(k);
            String l = t.lower();
            if (l.equals("'s")) {
                continue;
            }
            if (Lexicon.DETERMINERS.contains(l) && core.isEmpty()) {
                roleEnd = k + 1;
                continue;
            }
            if ((isTitle(l) || Lexicon.HONORIFICS.contains(l)) && core.isEmpty()) {
                if (isTitle(l)) {
                    titleWord = l;
                }
                roleEnd = k + 1;
                continue;
            }
            if (t.capitalized() && !Lexicon.NOT_NAMES.contains(l)) {
                core.add(t.text());
            } else if (!core.isEmpty()) {
                break; // "Smith of Iowa": the name ends
            } else if (isTitle(l)) {
                titleWord = l;
            }
        }
        String ownRole = null;
        int rs = m.from();
        while (rs < roleEnd && (Lexicon.DETERMINERS.contains(doc.tok(rs).lower())
                || Lexicon.HONORIFICS.contains(doc.tok(rs).lower()) || !doc.tok(rs).capitalized())) {
            rs++;
        }
        if (!core.isEmpty() && rs < roleEnd) {
            ownRole = roleText(rs, roleEnd);
        }
        if (core.isEmpty()) {
            if (titleWord != null) {
                Entity e = byTitle(titleWord, m.from());
                if (e != null) {
                    return new Resolved(e.name(), e.role());
                }
            }
            return new Resolved(null, null);
        }
        Entity best = fullest(core, m.from());
        if (best == null) {
            return new Resolved(String.join(" ", core), ownRole);
        }
        String role = ownRole != null ? ownRole : roleOf(best.name());
        return new Resolved(best.name(), role);
    }

    /** The entity with the most words that contains the mention's last (or only) name word. */
    private Entity fullest(List<String> core, int at) {
        return fullestMemo.computeIfAbsent(List.copyOf(core), this::fullest);
    }

    private Entity fullest(List<String> core) {
        String last = core.get(core.size() - 1);
        Entity best = null;
        for (Entity e : byWord.getOrDefault(last, List.of())) {
            if (!e.words().contains(last) || !e.words().containsAll(core)) {
                continue;
            }
            if (best == null || e.words().size() > best.words().size()
                    || (e.words().size() == best.words().size() && lastWordMatches(e, last) && !lastWordMatches(best, last))) {
                best = e;
            }
        }
        return best;
    }

    private static boolean lastWordMatches(Entity e, String w) {
        return e.words().get(e.words().size() - 1).equals(w);
    }

    private String roleOf(String name) {
        return roleMemo.computeIfAbsent(name, this::findRole);
    }

    private String findRole(String name) {
        String[] parts = name.split(" ");
        for (Entity e : byWord.getOrDefault(parts[parts.length - 1], List.of())) {
            if (e.role() != null && (e.name().equals(name) || name.endsWith(" " + e.name()) || name.startsWith(e.name() + " "))) {
                return e.role();
            }
        }
        return null;
    }

    private Entity byTitle(String title, int before) {
        String abbrev = switch (title) {
            case "senator" -> "sen.";
            case "governor" -> "gov.";
            case "representative", "congressman", "congresswoman" -> "rep.";
            case "general" -> "gen.";
            default -> title;
        };
        Entity found = null;
        for (int k = indexBefore(before); k >= 0 && k > indexBefore(before) - 300; k--) {
            Entity e = entities.get(k);
            if (e.role() != null) {
                String r = e.role().toLowerCase(Locale.ROOT);
                if (r.contains(title) || r.contains(abbrev)) {
                    found = e;
                    break;
                }
            }
        }
        if (found == null) {
            return null;
        }
        Entity full = fullest(found.words(), before);
        return full != null ? new Entity(full.words(), full.name(), found.role(), found.tok(), true) : found;
    }

    /** Index of the last entity that starts before token {@code tok}, or -1. */
    private int indexBefore(int tok) {
        int lo = 0;
        int hi = entities.size() - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (entities.get(mid).tok() < tok) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    /** "he"/"she": the last speaker when there is one, else the nearest earlier person. */
    private Resolved pronoun(int at, String lastPersonName) {
        if (lastPersonName != null) {
            return new Resolved(lastPersonName, roleOf(lastPersonName));
        }
        Entity found = null;
        for (int k = indexBefore(at); k >= 0 && k > indexBefore(at) - 300; k--) {
            if (entities.get(k).person()) {
                found = entities.get(k);
                break;
            }
        }
        if (found == null) {
            return new Resolved(null, null);
        }
        Entity full = fullest(found.words(), at);
        String name = full != null ? full.name() : found.name();
        return new Resolved(name, roleOf(name));
    }
}
