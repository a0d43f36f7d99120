package org.quotecheck.attribution.sieve;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.extraction.Span;

/**
 * The last step: "“WALLACE: If I may …”": a transcript line opens with its speaker's name in
 * capitals and a colon. The label lies inside the quotation, so it is read from the text, not the
 * tokens, and it overrides any decision but one of a {@link Trait#STRONG} rule.
 */
public final class TranscriptLabels {

    public static final String ID = "transcript-label";

    /** The longest prefix of a quotation searched for a label. */
    private static final int LABEL_WINDOW = 40;

    private static final Set<String> NOT_SPEAKER_LABELS = WordLists.load("not-speaker-labels");

    private static final Pattern LABEL = Pattern.compile("^\\(?[A-Z][A-Z.'’\\-]+(?: [A-Z][A-Z.'’\\-]+){0,2}\\)?:[ \\u00a0]");

    private final Confidence confidence = Confidence.declared(0.9);

    public String id() {
        return ID;
    }

    public Confidence confidence() {
        return confidence;
    }

    public String description() {
        return "A capitalised label opening a quoted line names its speaker, as in a transcript; section labels "
                + "(VIDEO:, UPDATE:, Q:, A: and the like) are excluded. It overrides the sieve's decision unless a "
                + "strong rule (a frame right at the quotation) made it.";
    }

    public String example() {
        return "“CLINTON: We are going to win this state.”";
    }

    /** Whether a label overrides {@code decision} (null when the sieve left the quotation unattributed). */
    public boolean overrides(Decision decision) {
        return decision == null || !decision.rule().has(Trait.STRONG);
    }

    /** The span of the label inside the quotation's {@code content}, or null. */
    public Span labelIn(String text, Span content) {
        int from = content.start();
        int to = Math.min(content.end(), from + LABEL_WINDOW);
        Matcher m = LABEL.matcher(text.substring(from, to));
        if (!m.find()) {
            return null;
        }
        String label = m.group().substring(0, m.group().indexOf(':')).replace("(", "").replace(")", "");
        if (label.replace(".", "").length() < 2 || NOT_SPEAKER_LABELS.contains(label)) {
            return null;
        }
        int s = from + m.group().indexOf(label);
        return new Span(s, s + label.length());
    }
}
