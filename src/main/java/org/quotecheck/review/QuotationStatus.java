package org.quotecheck.review;

import java.util.Arrays;
import java.util.List;

/** Where a quotation stands: {@code PENDING} until reviewed, then the last review's verdict. */
public enum QuotationStatus {
    PENDING, VERIFIED, MISATTRIBUTED, MISQUOTED, UNVERIFIABLE, NOT_A_QUOTE;

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
