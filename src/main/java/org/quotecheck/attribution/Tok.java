package org.quotecheck.attribution;

/**
 * A token of the article outside quotations; a whole quotation (marks included) is one QUOTE
 * token so frames around it read as "QUOTE , he said".
 */
record Tok(int start, int end, Kind kind, String text, String lower, int para, int quote) {

    enum Kind { WORD, PUNCT, QUOTE }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isQuote() {
        return kind == Kind.QUOTE;
    }

    boolean is(String s) {
        return lower.equals(s);
    }

    boolean capitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }
}
