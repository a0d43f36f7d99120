package org.quotecheck.review;

import java.util.Arrays;
import java.util.List;

/** A reviewer's finding about a quotation. */
public enum Verdict {
    /** The speaker said these words. */
    VERIFIED,
    /** Someone else said them: the review names the corrected speaker. */
    MISATTRIBUTED,
    /** The speaker said something, but not these words. */
    MISQUOTED,
    /** No source settles it. */
    UNVERIFIABLE,
    /** The marks enclose a title, a scare quote or similar, not speech. */
    NOT_A_QUOTE;

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    QuotationStatus status() {
        return QuotationStatus.valueOf(name());
    }
}
