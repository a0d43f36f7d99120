package org.quotecheck.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Varied news articles for ingest benchmarks, made up here (no corpus text): each article has its
 * own headline, dateline, narrative and 8-12 attributed quotations in the layouts news uses
 * ("…," X said. / said X, the role / X added: "…" / partial quotes / he said), spoken by people
 * drawn from a pool with a long tail (a few people are quoted in many articles, as in real news),
 * and about one quotation in ten taken from a shared pool of "circulating" quotes, sometimes with
 * a word dropped, so that clustering has real work; such a quote keeps its speaker, except that
 * one outlet in ten names somebody else (a conflicting attribution). Deterministic: article {@code i} of a seed is
 * always the same text.
 */
public final class SyntheticNews {

    private static final List<String> FIRST = List.of("Maria", "James", "Linda", "Robert", "Patricia", "Michael",
            "Jennifer", "David", "Susan", "Thomas", "Karen", "Daniel", "Nancy", "Paul", "Laura", "Mark", "Sarah",
            "Steven", "Helen", "Kevin", "Anna", "Brian", "Ruth", "Edward", "Carol", "Jason", "Diane", "Gary",
            "Julia", "Peter", "Alice", "Frank", "Grace", "Henry", "Irene", "Victor", "Nora", "Oscar", "Rosa", "Samuel");
    private static final List<String> SYLLABLES = List.of("bar", "den", "fel", "gor", "hal", "kin", "lor", "mes",
            "nor", "pel", "quin", "ros", "sten", "tal", "ver", "wick", "yar", "zel", "dra", "mon", "tir", "bel",
            "cas", "dun", "ell", "fos", "gan", "hol", "ist", "jor");
    private static final List<String> ROLES = List.of("the mayor", "the governor", "a state senator",
            "the city manager", "the police chief", "the school superintendent", "a council member",
            "the health commissioner", "the party chairman", "a spokeswoman for the agency",
            "the union president", "the county judge", "the finance minister", "the chief executive");
    private static final List<String> PLACES = List.of("RIVERTON", "EASTBROOK", "MILLHAVEN", "PORT ALDER",
            "CEDAR FALLS", "NORTHGATE", "LAKEWOOD", "STONEBRIDGE");
    private static final List<String> NOUNS = List.of("budget", "bridge", "plan", "schools", "roads", "hospital",
            "contract", "vote", "deal", "tax", "program", "report", "investigation", "election", "court", "border",
            "market", "housing", "water", "police", "library", "union", "agency", "station", "harbor", "council");
    private static final List<String> VERBS = List.of("rebuild", "protect", "fund", "review", "stop", "delay",
            "expand", "defend", "change", "finish", "fix", "cut", "support", "question", "approve", "reject");
    private static final List<String> ADJECTIVES = List.of("honest", "fair", "broken", "urgent", "reckless",
            "serious", "simple", "expensive", "dangerous", "necessary", "late", "unfinished", "open", "quiet");
    private static final List<String> FRAMES = List.of(
            "We will %v the %n before the %n is %a",
            "Nobody in this city should have to %v the %n alone",
            "This %n is %a and everybody in the room knows it",
            "If they want to %v the %n, they will have to %v the %n first",
            "I have never seen a %n this %a in all my years",
            "The %n was %a from the first day, and the %n knew it",
            "Our job is to %v the %n, not to %v the %n",
            "People are tired of hearing that the %n is %a",
            "There is no %n without a %a %n",
            "We did not choose this %n, but we will %v it");

    private final long seed;
    private final int people;
    private final String[] shared;

    /** @param people how many distinct people are ever quoted */
    public SyntheticNews(long seed, int people) {
        this.seed = seed;
        this.people = people;
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.shared = new String[2_000];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = sentence(r) + ". " + sentence(r);
        }
    }

    /** Article {@code i}: about 5 KB of text, its first line the headline. */
    public String article(long i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        StringBuilder b = new StringBuilder(6_000);
        b.append("Officials clash over the ").append(pick(r, NOUNS)).append(" in report ").append(i).append("\n\n");
        b.append(pick(r, PLACES)).append(" — ").append(capitalise(narrative(r))).append("\n\n");
        int quotes = 8 + r.nextInt(5);
        java.util.Set<Integer> named = new java.util.HashSet<>();
        for (int q = 0; q < quotes; q++) {
            boolean circulating = r.nextInt(10) == 0;
            int which = r.nextInt(shared.length);
            // a circulating quote keeps its speaker, but now and then an outlet names somebody else
            int person = circulating && r.nextInt(10) != 0 ? which * 7 % people : person(r);
            String name = name(person);
            String surname = name.substring(name.indexOf(' ') + 1);
            String quote = circulating ? drift(r, shared[which]) : sentence(r);
            String role = ROLES.get(person % ROLES.size());
            switch (r.nextInt(6)) {
                case 0 -> b.append('“').append(quote).append(",” ").append(name).append(" said.");
                case 1 -> b.append('“').append(quote).append(",” said ").append(name).append(", ").append(role).append('.');
                case 2 -> b.append(name).append(", ").append(role).append(", added: “").append(quote).append(".”");
                case 3 -> b.append("According to ").append(name).append(", the ").append(pick(r, NOUNS))
                        .append(" would “").append(lower(sentence(r))).append(".”");
                case 4 -> b.append('“').append(quote).append(",” ").append(name).append(" said. “")
                        .append(sentence(r)).append(".”");
                // a surname alone once the article has named the person in full
                default -> b.append("Asked about the ").append(pick(r, NOUNS)).append(", ")
                        .append(named.contains(person) ? surname : name).append(" said: “").append(quote).append(".”");
            }
            named.add(person);
            b.append(' ').append(capitalise(narrative(r))).append("\n\n");
        }
        while (b.length() < 4_800) {
            b.append(capitalise(narrative(r))).append(' ').append(capitalise(narrative(r))).append("\n\n");
        }
        return b.toString();
    }

    /** A long tail: a tenth of the people are quoted in half of the quotations. */
    private int person(SplittableRandom r) {
        return r.nextBoolean() ? r.nextInt(Math.max(1, people / 10)) : r.nextInt(people);
    }

    /** Person {@code p}'s full name: a common first name and a made-up surname. */
    static String name(int p) {
        SplittableRandom r = new SplittableRandom(p * 7_919L + 17);
        String surname = SYLLABLES.get(r.nextInt(SYLLABLES.size())) + SYLLABLES.get(r.nextInt(SYLLABLES.size()))
                + (p >= 900 ? SYLLABLES.get(p / 900 % SYLLABLES.size()) : "");
        return FIRST.get(p % FIRST.size()) + " " + capitalise(surname);
    }

    private static String sentence(SplittableRandom r) {
        String frame = pick(r, FRAMES);
        StringBuilder out = new StringBuilder();
        for (String word : frame.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(switch (word.replace(",", "")) {
                case "%v" -> pick(r, VERBS) + (word.endsWith(",") ? "," : "");
                // a made-up place or name before every noun: one outlet's quotes are not another's,
                // as in news (a frame with plain nouns made hundred-speaker clusters of stock lines)
                case "%n" -> capitalise(pick(r, SYLLABLES) + pick(r, SYLLABLES)) + " "
                        + pick(r, NOUNS) + (word.endsWith(",") ? "," : "");
                case "%a" -> pick(r, ADJECTIVES) + (word.endsWith(",") ? "," : "");
                default -> word;
            });
        }
        // and a tail of its own: two quotations of one frame are not near duplicates of each other
        out.append(", as ").append(capitalise(pick(r, SYLLABLES) + pick(r, SYLLABLES))).append(' ')
                .append(pick(r, SYLLABLES)).append(pick(r, SYLLABLES)).append("s ").append(pick(r, VERBS))
                .append(" the ").append(pick(r, SYLLABLES)).append(pick(r, SYLLABLES));
        return out.toString();
    }

    private static String narrative(SplittableRandom r) {
        return "the " + pick(r, NOUNS) + " had been " + pick(r, ADJECTIVES) + " for " + (2 + r.nextInt(20))
                + " months, and officials said the " + pick(r, NOUNS) + " would be discussed again at a meeting on "
                + pick(r, List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")) + ".";
    }

    /** A circulating quote as another outlet prints it: now and then a word goes missing. */
    private static String drift(SplittableRandom r, String quote) {
        if (r.nextInt(3) != 0) {
            return quote;
        }
        String[] words = quote.split(" ");
        int drop = 1 + r.nextInt(words.length - 1);
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words.length; w++) {
            if (w != drop) {
                out.append(out.isEmpty() ? "" : " ").append(words[w]);
            }
        }
        return out.toString();
    }

    private static String pick(SplittableRandom r, List<String> words) {
        return words.get(r.nextInt(words.size()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
