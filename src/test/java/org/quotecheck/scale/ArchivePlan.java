package org.quotecheck.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quotecheck.cluster.QuoteText;
import org.quotecheck.cluster.Similarity;
import org.quotecheck.cluster.SpeakerGroups;
import org.quotecheck.speaker.NameKey;

/**
 * What a synthetic archive holds, decided from a seed before anything is written: quote
 * <em>families</em> (the same words in several articles), where each member appears, its wording
 * and who it is attributed to. Every decision is a pure function of the seed and the item's
 * number, so the writer can regenerate a member's text instead of keeping a million strings.
 *
 * <ul>
 * <li>About 8% of families are short fragments or stock phrases ("No comment"): never clustered.</li>
 * <li>Of the others, 93% are quoted once; the rest in 2 to 50 articles (a long tail, u⁴), members
 *     within a window of later articles; the family's first member (its base) is the earliest.</li>
 * <li>A later member repeats the base (40%), drifts from it by one or two dropped, inserted or
 *     swapped words, sometimes with a few words more at the end (35%), or quotes a part of it of at
 *     least eight words (25%).</li>
 * <li>Attribution: the family's speaker by full name (most), by surname only (10%), an unnamed
 *     source (10%); in 15% of repeated families a third of the later members name somebody else:
 *     a conflict.</li>
 * </ul>
 */
final class ArchivePlan {

    static final int SHORT_PERCENT = 8;
    static final int MAX_FAMILY = 50;

    /** One quotation's speaker: a person's full name or surname, or an unnamed source (person -1). */
    record Attribution(int person, boolean surnameOnly) {
        boolean named() {
            return person >= 0;
        }
    }

    final SyntheticText text;
    final int articles;
    final int people;
    final int publishers;
    /** Per family: size, whether it clusters, index of its base quotation, its cluster number or -1. */
    final int[] familySize;
    final boolean[] familyClusters;
    final int[] familyBase;
    final int[] familyCluster;
    final int families;
    final int clusters;
    /** Per quotation, in id order (article by article): its family and member number. */
    final int[] quotationFamily;
    final short[] quotationMember;
    /** Quotations of article {@code a}: {@code [articleStart[a], articleStart[a + 1])}. */
    final int[] articleStart;

    ArchivePlan(long seed, int articles, int quotations) {
        this.text = new SyntheticText(seed, 30_000);
        this.articles = articles;
        this.people = Math.max(50, articles / 20);
        this.publishers = 40;
        int window = Math.max(60, articles / 50);
        int[] sizes = new int[16];
        boolean[] clusterable = new boolean[16];
        int[] qFamily = new int[Math.max(16, quotations + MAX_FAMILY)];
        short[] qMember = new short[qFamily.length];
        int[] qArticle = new int[qFamily.length];
        int count = 0;
        int f = 0;
        while (count < quotations) {
            SplittableRandom r = text.random(f, 2);
            boolean shortOne = r.nextInt(100) < SHORT_PERCENT;
            double u = r.nextDouble();
            int size = shortOne || r.nextInt(100) < 93 ? 1 : 2 + (int) ((MAX_FAMILY - 1) * u * u * u * u);
            size = Math.min(size, quotations - count);
            int base = (int) Math.min(articles - 1, (long) count * articles / quotations);
            int[] placed = new int[size];
            int n = 0;
            placed[n++] = base;
            for (int tries = 0; n < size && tries < size * 4; tries++) {
                int a = base + 1 + r.nextInt(window);
                if (a < articles && Arrays.stream(placed, 0, n).noneMatch(x -> x == a)) {
                    placed[n++] = a;
                }
            }
            if (f == sizes.length) {
                sizes = Arrays.copyOf(sizes, f * 2);
                clusterable = Arrays.copyOf(clusterable, f * 2);
            }
            sizes[f] = n;
            clusterable[f] = !shortOne;
            for (int j = 0; j < n; j++) {
                qFamily[count] = f;
                qMember[count] = (short) j;
                qArticle[count] = placed[j];
                count++;
            }
            f++;
        }
        this.families = f;
        this.familySize = Arrays.copyOf(sizes, f);
        this.familyClusters = Arrays.copyOf(clusterable, f);
        // ids follow articles: counting sort by article, stable (a family's base keeps the lowest id)
        this.articleStart = new int[articles + 1];
        for (int i = 0; i < count; i++) {
            articleStart[qArticle[i] + 1]++;
        }
        for (int a = 0; a < articles; a++) {
            articleStart[a + 1] += articleStart[a];
        }
        int[] next = Arrays.copyOf(articleStart, articles);
        this.quotationFamily = new int[count];
        this.quotationMember = new short[count];
        for (int i = 0; i < count; i++) {
            int at = next[qArticle[i]]++;
            quotationFamily[at] = qFamily[i];
            quotationMember[at] = qMember[i];
        }
        this.familyBase = new int[f];
        for (int q = 0; q < count; q++) {
            if (quotationMember[q] == 0) {
                familyBase[quotationFamily[q]] = q;
            }
        }
        this.familyCluster = new int[f];
        int c = 0;
        for (int i = 0; i < f; i++) {
            familyCluster[i] = familyClusters[i] ? c++ : -1;
        }
        this.clusters = c;
    }

    int quotations() {
        return quotationFamily.length;
    }

    /** The base words of a family. */
    List<String> baseWords(int f) {
        SplittableRandom r = text.random(f, 3);
        if (!familyClusters[f]) {
            return r.nextBoolean() ? QuoteText.words(SyntheticText.STOCK[r.nextInt(SyntheticText.STOCK.length)])
                    : text.speech(r, 1 + r.nextInt(3));
        }
        List<String> words;
        do {
            words = text.speech(r, 10 + r.nextInt(26));
        } while (!QuoteText.clusterable(String.join(" ", words)));
        return words;
    }

    /** The words of member {@code j} of family {@code f}, as the article writes them. */
    String quote(int f, int j) {
        List<String> base = baseWords(f);
        if (j == 0 || !familyClusters[f]) {
            return SyntheticText.sentence(base);
        }
        SplittableRandom r = text.random(f, 1_000L + j);
        int kind = r.nextInt(100);
        List<String> words = base;
        if (kind >= 40 && kind < 75) {
            words = drift(base, r);
        } else if (kind >= 75) {
            words = part(base, r);
        }
        return SyntheticText.sentence(words);
    }

    private List<String> drift(List<String> base, SplittableRandom r) {
        List<String> w = new ArrayList<>(base);
        int edits = 1 + r.nextInt(2);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(w.size() - 1);
            switch (r.nextInt(3)) {
                case 0 -> w.remove(at);
                case 1 -> w.add(at, text.contentWord(r));
                default -> w.set(at, w.set(at + 1, w.get(at)));
            }
        }
        if (r.nextInt(5) == 0) {
            w.addAll(text.speech(r, 2 + r.nextInt(3)));
        }
        String b = String.join(" ", base);
        String d = String.join(" ", w);
        return Similarity.words(b, d) >= 0.8 && QuoteText.clusterable(d) ? w : base;
    }

    private static List<String> part(List<String> base, SplittableRandom r) {
        if (base.size() < 14) {
            return base;
        }
        int len = 8 + r.nextInt(base.size() - 3 - 8 + 1);
        int from = r.nextInt(base.size() - len + 1);
        List<String> p = base.subList(from, from + len);
        return QuoteText.clusterable(String.join(" ", p)) ? p : base;
    }

    /** Who member {@code j} of family {@code f} is attributed to. */
    Attribution attribution(int f, int j) {
        SplittableRandom fr = text.random(f, 4);
        double u = fr.nextDouble();
        int person = (int) (people * u * u);
        boolean conflict = familySize[f] >= 2 && fr.nextInt(100) < 15;
        int other = (person + 1 + fr.nextInt(people - 1)) % people;
        SplittableRandom r = text.random(f, 2_000L + j);
        if (j > 0 && conflict && r.nextInt(100) < 35) {
            return new Attribution(other, false);
        }
        int x = r.nextInt(100);
        return x < 10 ? new Attribution(-1, false) : new Attribution(person, x < 20);
    }

    /** Whether family {@code f} is conflicting and how many speakers it has, as {@link SpeakerGroups} groups its members' speaker rows. */
    int speakerCount(int f, long firstSpeakerId) {
        Map<Long, SpeakerGroups.Name> rows = new LinkedHashMap<>();
        for (int j = 0; j < familySize[f]; j++) {
            Attribution a = attribution(f, j);
            if (a.named()) {
                long id = speakerId(firstSpeakerId, a);
                String name = speakerName(a);
                rows.putIfAbsent(id, new SpeakerGroups.Name(id, name, NameKey.of(name), java.util.Set.of()));
            }
        }
        return SpeakerGroups.of(new ArrayList<>(rows.values())).size();
    }

    /** Speaker rows: a full-name row and a surname row per person, in that order. */
    static long speakerId(long firstSpeakerId, Attribution a) {
        return firstSpeakerId + 2L * a.person() + (a.surnameOnly() ? 1 : 0);
    }

    String speakerName(Attribution a) {
        return a.surnameOnly() ? text.surname(a.person()) : text.fullName(a.person());
    }
}
