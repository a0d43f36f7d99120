package org.quotecheck.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an excerpt of an article into runs of plain text and marked text (the quotation, the
 * speaker mention, the cue), so that the template escapes every run and wraps marked ones in
 * {@code <mark>}. Offsets are code points, as the services give them.
 */
final class Highlight {

    /**
     * A run of text; {@code kind} is null, "q" (quotation), "who" (speaker mention), "cue" or "hit"
     * (words a search matched).
     */
    public record Run(String text, String kind) {
        public String label() {
            return kind == null ? null : switch (kind) {
                case "q" -> "quotation";
                case "who" -> "speaker";
                case "hit" -> "match";
                default -> "cue";
            };
        }
    }

    /** A marked span in code points, half-open. */
    record Mark(int start, int end, String kind) {
    }

    // Marks further from the paragraph than this are not pulled into the excerpt.
    static final int MAX_EXCERPT = 3000;

    private Highlight() {
    }

    /**
     * The excerpt {@code [from, to)} (code points) of {@code text}, widened to include marks that lie
     * close by, as runs. Marks later in the list win where they overlap earlier ones.
     */
    static List<Run> runs(String text, int from, int to, List<Mark> marks) {
        int length = text.codePointCount(0, text.length());
        int lo = Math.max(0, Math.min(from, length));
        int hi = Math.max(lo, Math.min(to, length));
        List<Mark> usable = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start() < 0 || m.end() > length || m.start() >= m.end()) {
                continue;
            }
            int nlo = Math.min(lo, m.start());
            int nhi = Math.max(hi, m.end());
            if (nhi - nlo <= MAX_EXCERPT) {
                lo = nlo;
                hi = nhi;
                usable.add(m);
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(lo, hi));
        for (Mark m : usable) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        List<Run> runs = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                String kind = null;
                for (Mark m : usable) {
                    if (m.start() <= prev && cut <= m.end()) {
                        kind = m.kind();
                    }
                }
                String piece = text.substring(text.offsetByCodePoints(0, prev), text.offsetByCodePoints(0, cut));
                if (!runs.isEmpty() && java.util.Objects.equals(runs.get(runs.size() - 1).kind(), kind)) {
                    Run last = runs.remove(runs.size() - 1);
                    runs.add(new Run(last.text() + piece, kind));
                } else {
                    runs.add(new Run(piece, kind));
                }
            }
            prev = cut;
        }
        return runs;
    }
}
