package org.quotecheck.attribution.names;

import org.quotecheck.attribution.phrase.Speakers;

import org.quotecheck.attribution.lexicon.WordLists;

import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.phrase.Phrases;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves a mention to the fullest name the article gives and the role (title or office) it
 * gives: "Wang" → "Wang Yi" / "State Councilor", "the Global Times" → "Global Times",
 * "he" → the nearest earlier person, "the senator" → the person the article titled senator.
 * Unnamed sources ("a source", "officials") resolve to a null name.
 */
public final class NameResolver {

    /** A capitalised name of the article split into role words and name words. */
    public record Entity(List<String> words, String name, String role, int tok, boolean person) {
    }

    /** {@code person} is false for organisations and unnamed sources: "he"/"she" never refer to them. */
    public record Resolved(String name, String role, boolean person) {
        Resolved(String name, String role) {
            this(name, role, name != null);
        }
    }

    /** Heads of a noun phrase that describe a source without naming it: the name stays null. */
    private static final Set<String> UNNAMED_HEADS = WordLists.load("unnamed-heads");

    /** Words after a head noun that start its post-modifier: "a source familiar with", "aides to". */
    private static final Set<String> POST_MODIFIER = WordLists.load("post-modifier");

    private static final Set<String> ORG_WORDS = WordLists.load("org-words");

    /** Duplicates allowed: the lists are edited by hand. */
    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }

    private final Doc doc;
    private final List<Entity> entities = new ArrayList<>();
    /** Entities by name word; lookups are memoised so resolution stays linear in the article. */
    private final java.util.Map<String, List<Entity>> byWord = new java.util.HashMap<>();
    private final java.util.Map<List<String>, Entity> fullestMemo = new java.util.HashMap<>();
    private final java.util.Map<String, String> roleMemo = new java.util.HashMap<>();

    public NameResolver(Doc doc) {
        this.doc = doc;
        collect();
    }

    public List<Entity> entities() {
        return entities;
    }

    private void collect() {
        int n = doc.size();
        boolean[] headline = headlines();
        int i = 0;
        while (i < n) {
            Tok t = doc.tok(i);
            if (headline[t.para()]) {
                i++; // "Smith Slams Jones Over Trade": a headline's capitals are no names
                continue;
            }
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
            if (j > i || i != Phrases.sentenceStart(doc, i) || Speakers.capitalisedMidSentence(doc, t.text())) {
                add(i, j + 1); // "Earlier, …", "Citing …": a lone opener never capitalised elsewhere names no one
            }
            i = j + 1;
        }
    }

    /** Paragraphs in Title Case (four or more words, three in four capitalised): headlines. */
    private boolean[] headlines() {
        boolean[] h = new boolean[doc.paragraphs.size()];
        int[] words = new int[h.length];
        int[] caps = new int[h.length];
        for (Tok t : doc.toks) {
            if (t.isWord() && Character.isLetter(t.text().charAt(0))) {
                words[t.para()]++;
                if (t.capitalized()) {
                    caps[t.para()]++;
                }
            }
        }
        for (int p = 0; p < h.length; p++) {
            h[p] = words[p] >= 4 && caps[p] * 4 >= words[p] * 3;
        }
        return h;
    }

    /** 'm', 'f' or 0: from an honorific the article uses with the name, else from the first name. */
    private char gender(Entity e) {
        char byFirst = e.words().size() > 1 ? Lexicon.firstNameGender(e.words().get(0)) : 0;
        if (byFirst != 0) {
            return byFirst;
        }
        Character g = genders.get(e.words().get(e.words().size() - 1));
        return g != null ? g : 0;
    }

    private final java.util.Map<String, Character> genders = new java.util.HashMap<>();

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
        String honorific = roleEnd > from ? doc.tok(roleEnd - 1).lower() : "";
        char g = Lexicon.honorificGender(honorific);
        if (g != 0) {
            genders.putIfAbsent(words.get(words.size() - 1), g);
        }
        String role = roleText(from, roleEnd);
        if (role == null && roleEnd == from) {
            role = appositiveRole(to);
            if (role == null) {
                role = preposedRole(from);
            }
        }
        boolean person = !(roleEnd == from && definite(from, to));
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

    /**
     * "the Ledger reported", "according to the Ledger": a capitalised name after "the" that is not a
     * modifier of a following common noun ("the Trump campaign") names an organisation or a work.
     */
    private boolean definite(int from, int to) {
        if (from == 0 || !doc.tok(from - 1).is("the")) {
            return false;
        }
        if (to >= doc.size()) {
            return true;
        }
        Tok next = doc.tok(to);
        if (!next.isWord() || next.capitalized()) {
            return true;
        }
        return Lexicon.isSpeech(next) || Lexicon.AUX.contains(next.lower()) || Lexicon.CLAUSE.contains(next.lower());
    }

    /** Lower-case office words that make a noun phrase a role: "the former secretary of state". */
    /**
     * The office word within two lower-case words from {@code k} that a capitalised name follows
     * ("campaign spokesman Brian …"), or -1.
     */
    private int officeAhead(int k, int to) {
        for (int j = k; j < Math.min(to - 1, k + 3); j++) {
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

    public static boolean isOffice(String lower) {
        return isTitle(lower) && !Set.of("state", "house", "senate", "first", "former", "acting", "vice", "u.s.",
                "republican", "democratic", "gop", "foreign", "press", "campaign", "majority", "minority", "private",
                "major", "head", "prime", "deputy", "assistant", "executive", "general").contains(lower);
    }

    /** "Hillary Clinton, the former secretary of state," — the appositive after a name as its role. */
    private String appositiveRole(int to) {
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
        for (; e < Math.min(doc.size(), s + 10); e++) {
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
        return doc.text.substring(doc.tok(s).start(), doc.tok(e - 1).end());
    }

    /** "transport minister Lena Qvist": lower-case office words right before a name are its role. */
    private String preposedRole(int from) {
        int s = from;
        if (s == 0 || !isOffice(doc.tok(s - 1).lower()) || doc.tok(s - 1).capitalized()
                || doc.tok(s - 1).para() != doc.tok(from).para()) {
            return null;
        }
        while (s > 0 && from - s < 4) {
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
        return doc.text.substring(doc.tok(s).start(), doc.tok(from - 1).end());
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

    public static boolean isTitle(String lower) {
        return Lexicon.TITLES.contains(lower);
    }

    /** Resolves the mention at token range {@code m}; {@code lastPerson} is the name of the last speaker. */
    public Resolved resolve(TokenRange m, String lastPersonName) {
        if (m.to() - m.from() == 1 && (doc.tok(m.from()).is("his") || doc.tok(m.from()).is("her"))) {
            // "his promise to …", "her claim that …": a possessive owner resolves like he/she
            return pronoun(m.from(), lastPersonName, doc.tok(m.from()).is("his") ? 'm' : 'f');
        }
        if (m.to() - m.from() == 1 && Phrases.isPronoun(doc.tok(m.from()))) {
            String l = doc.tok(m.from()).lower();
            if (l.equals("he") || l.equals("she")) {
                return pronoun(m.from(), lastPersonName, l.equals("he") ? 'm' : 'f');
            }
            return new Resolved(null, null);
        }
        if (unnamed(m)) {
            return new Resolved(null, null, false);
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
            if (core.isEmpty() && t.capitalized() && k + 1 < m.to() && isOffice(doc.tok(k + 1).lower())
                    && !doc.tok(k + 1).capitalized()) {
                roleEnd = k + 1; // "Transport minister Lena Qvist": the opening word belongs to the role
                continue;
            }
            if (t.capitalized() && !Lexicon.NOT_NAMES.contains(l)) {
                core.add(t.text());
            } else if (!core.isEmpty() && isOffice(l) && k + 1 < m.to() && doc.tok(k + 1).capitalized()) {
                core.clear(); // "the Urban League chief Marc Ode": the organisation belongs to the role
                roleEnd = k + 1;
            } else if (!core.isEmpty() && t.isWord() && officeAhead(k, m.to()) > 0) {
                k = officeAhead(k, m.to()); // "Clinton campaign spokesman Brian Fallon": "Clinton campaign" is the role
                core.clear();
                roleEnd = k + 1;
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
        char wanted = 0;
        for (int k = m.from(); k < m.to() && wanted == 0; k++) {
            wanted = Lexicon.honorificGender(doc.tok(k).lower());
        }
        Entity best = wanted == 0 ? fullest(core, m.from()) : fullestOfGender(core, wanted);
        if (best == null) {
            return new Resolved(String.join(" ", core), ownRole);
        }
        String role = ownRole != null ? ownRole : roleOf(best.name());
        return new Resolved(best.name(), role, isPerson(best.name()) && !definite(m));
    }

    /** "WALLACE" or "SEN. KAINE" from a transcript: the person of the article with that surname. */
    public Resolved byLabel(String label) {
        String[] parts = label.split(" ");
        String last = parts[parts.length - 1];
        Entity best = null;
        for (Entity e : entities) {
            String w = e.words().get(e.words().size() - 1);
            if (e.person() && w.equalsIgnoreCase(last) && (best == null || e.words().size() > best.words().size())) {
                best = e;
            }
        }
        if (best != null) {
            return new Resolved(best.name(), roleOf(best.name()));
        }
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (isTitle(p.toLowerCase(Locale.ROOT)) || Lexicon.HONORIFICS.contains(p.toLowerCase(Locale.ROOT))) {
                continue;
            }
            b.append(b.length() > 0 ? " " : "").append(p.charAt(0)).append(p.substring(1).toLowerCase(Locale.ROOT));
        }
        return new Resolved(b.length() > 0 ? b.toString() : null, null);
    }

    /** "Officials", "a source familiar with the talks", "Clinton aides": the head names no one. */
    private boolean unnamed(TokenRange m) {
        int head = -1;
        for (int k = m.from(); k < m.to(); k++) {
            Tok t = doc.tok(k);
            if (k > m.from() && POST_MODIFIER.contains(t.lower())) {
                break;
            }
            head = k;
        }
        return head >= 0 && UNNAMED_HEADS.contains(doc.tok(head).lower());
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

    /** "Mrs. Clinton" when the article names both a Bill and a Hillary Clinton. */
    private Entity fullestOfGender(List<String> core, char wanted) {
        String last = core.get(core.size() - 1);
        Entity best = null;
        for (Entity e : byWord.getOrDefault(last, List.of())) {
            if (!e.words().containsAll(core) || !lastWordMatches(e, last)) {
                continue;
            }
            char g = e.words().size() > 1 ? Lexicon.firstNameGender(e.words().get(0)) : 0;
            if (g != 0 && g != wanted) {
                continue;
            }
            if (best == null || e.words().size() > best.words().size()
                    || (e.words().size() == best.words().size() && g == wanted)) {
                best = e;
            }
        }
        return best != null ? best : fullest(core, 0);
    }

    /** "the Ledger" at the mention itself: an organisation. */
    private boolean definite(TokenRange m) {
        return m.from() < m.to() && doc.tok(m.from()).is("the") && m.to() - m.from() > 1
                && doc.tok(m.from() + 1).capitalized();
    }

    /** No entity of that name was seen as an organisation. */
    private boolean isPerson(String name) {
        return personMemo.computeIfAbsent(name, n -> {
            String[] parts = n.split(" ");
            for (Entity e : byWord.getOrDefault(parts[parts.length - 1], List.of())) {
                if (!e.person() && (e.name().equals(n) || n.endsWith(" " + e.name()))) {
                    return false;
                }
            }
            return true;
        });
    }

    private final java.util.Map<String, Boolean> personMemo = new java.util.HashMap<>();

    private Entity fullestByName(String name) {
        return fullest(List.of(name.split(" ")), 0);
    }

    private String fullName(Entity e) {
        Entity full = fullest(e.words(), 0);
        return full != null ? full.name() : e.name();
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

    /** The nearest earlier person of known gender {@code g} within a window, or null. */
    private Entity nearestOfGender(int at, char g) {
        for (int k = indexBefore(at); k >= 0 && k > indexBefore(at) - 60; k--) {
            Entity e = entities.get(k);
            if (e.person() && isPerson(fullName(e))) {
                Entity full = fullest(e.words(), at);
                if (gender(full != null ? full : e) == g) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * "Bush went after Trump, when he called …", "Roe told the Ledger: “…” She added …": the person who is
     * the subject of the pronoun's sentence (before it), else of the sentence before, when the gender agrees.
     */
    private Entity subjectOfGender(int at, char g) {
        int ss = Phrases.sentenceStart(doc, at);
        Entity e = ss < at ? subjectEntity(ss, at, g, true) : null;
        if (e == null && ss > 0 && doc.tok(ss - 1).para() >= doc.tok(at).para() - 1) {
            int ps = Phrases.sentenceStart(doc, ss - 1);
            e = subjectEntity(ps, ss, g, false);
        }
        return e;
    }

    /** The person named by the main subject of the sentence part [s, end) before its first quotation. */
    private Entity subjectEntity(int s, int end, char g, boolean own) {
        int e = s;
        while (e < end && !doc.tok(e).isQuote()) {
            e++;
        }
        TokenRange r = e > s ? Phrases.mainSubject(doc, s, e) : null;
        if (r != null && Phrases.isPronoun(doc.tok(r.from()))) {
            return null;
        }
        if (r != null && doc.tok(r.from()).capitalized() && !Lexicon.DETERMINERS.contains(doc.tok(r.from()).lower())) {
            for (int k = indexBefore(r.to()); k >= 0 && entities.get(k).tok() >= r.from(); k--) {
                Entity en = entities.get(k);
                if (en.tok() > r.from() + 3 && en.tok() + en.words().size() < r.to()) {
                    continue; // a name deep inside a long phrase is not what the phrase is; one ending it is
                }
                if (en.person() && isPerson(fullName(en))) {
                    return agrees(en, end, g, own) ? en : null;
                }
            }
        }
        // "The leader of the league, Ann Roe, warned …": the first person named early in the sentence
        for (int k = indexBefore(e) ; k >= 0 && entities.get(k).tok() >= s; k--) {
            Entity en = entities.get(k);
            boolean first = en.person() && isPerson(fullName(en)) && en.tok() < s + 12;
            for (int j = k - 1; first && j >= 0 && entities.get(j).tok() >= s; j--) {
                Entity other = entities.get(j);
                first = !(other.person() && isPerson(fullName(other)));
            }
            if (first) {
                int before = en.tok() - 1;
                int after = en.tok() + en.words().size();
                boolean modifier = before >= s && (Lexicon.PREPOSITIONS.contains(doc.tok(before).lower())
                        || Lexicon.NOUN_MARKERS.contains(doc.tok(before).lower()))
                        || after < doc.size() && doc.tok(after).is("'s");
                return !modifier && agrees(en, end, g, false) ? en : null;
            }
        }
        return null;
    }

    /**
     * Whether a person can be "he"/"she" ({@code g}) at {@code at}: a known gender that matches, or an
     * unknown one when it is the subject of the pronoun's own sentence or no person of that gender is
     * named between them.
     */
    private boolean agrees(Entity en, int at, char g, boolean ownSubject) {
        Entity full = fullest(en.words(), at);
        if ((full != null ? full : en).words().size() < 2) {
            return false; // "Florida", "Democratic": a lone word is too weak to override the last speaker
        }
        char eg = gender(full != null ? full : en);
        if (eg != 0 || ownSubject) {
            return eg == g || eg == 0; // "Bush went after Trump, when he …": the subject of the pronoun's own sentence
        }
        for (int k = indexBefore(at); k >= 0 && entities.get(k).tok() > en.tok(); k--) {
            Entity other = entities.get(k);
            if (other.person() && isPerson(fullName(other))) {
                Entity of = fullest(other.words(), at);
                if (gender(of != null ? of : other) == g) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "he"/"she": the last speaker when there is one, else the nearest earlier person. */
    private Resolved pronoun(int at, String lastPersonName, char g) {
        Entity subject = subjectOfGender(at, g);
        if (subject != null) {
            Entity full = fullest(subject.words(), at);
            String name = full != null ? full.name() : subject.name();
            return new Resolved(name, roleOf(name));
        }
        if (lastPersonName != null && isPerson(lastPersonName)) {
            Entity last = fullestByName(lastPersonName);
            char lg = last == null ? 0 : gender(last);
            // "she" is the marked pronoun: after a speaker of unknown gender, a woman named nearby wins
            if (lg == g || lg == 0 && (g == 'm' || nearestOfGender(at, g) == null)) {
                return new Resolved(lastPersonName, roleOf(lastPersonName));
            }
        }
        // "she" after a man spoke: the nearest earlier person who agrees, a known gender first
        Entity found = null;
        Entity unknown = null;
        for (int k = indexBefore(at); k >= 0 && k > indexBefore(at) - 300; k--) {
            Entity e = entities.get(k);
            if (!e.person() || !isPerson(fullName(e))) {
                continue;
            }
            Entity full = fullest(e.words(), at);
            char eg = gender(full != null ? full : e);
            if (eg == g) {
                found = e;
                break;
            }
            if (eg == 0 && unknown == null) {
                unknown = e;
            }
        }
        if (found == null) {
            found = unknown;
        }
        if (found == null) {
            return new Resolved(null, null);
        }
        Entity full = fullest(found.words(), at);
        String name = full != null ? full.name() : found.name();
        return new Resolved(name, roleOf(name));
    }
}
