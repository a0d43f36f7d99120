package org.quotecheck.attribution.text;

/**
 * A token of the article outside quotations; a whole quotation (marks included) is one QUOTE
 * token so frames around it read as "QUOTE , he said".
 */
public record Tok(int start, int end, Kind kind, String text, String lower, int para, int quote) {

    public enum Kind { WORD, PUNCT, QUOTE }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isQuote() {
        return kind == Kind.QUOTE;
    }

    public boolean is(String s) {
        return lower.equals(s);
    }

    public boolean capitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }
}
