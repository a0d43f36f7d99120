package org.quotecheck.attribution.sieve;

/** Guard: nobody says a title, a slogan, a web address or a headline's condensed quote. */
final class TitlesAndHeadlines implements Guard {

    @Override
    public String id() {
        return "title-or-headline";
    }

    @Override
    public String description() {
        return "Titles of works (Title Case, or Title Case right after a noun for a work), one capitalised word inside a "
                + "sentence (a term or a nickname), named things (a play called “…”), web addresses and quotations in a "
                + "headline (a first paragraph of one short sentence: headlines condense quotes, the body repeats them with "
                + "their frame) are left unattributed: no rule runs for them.";
    }

    @Override
    public String example() {
        return "She hosts the podcast “So, That Happened.”";
    }

    @Override
    public boolean holds(State state, int q) {
        return Sieve.titleLike(state.doc(), q) || Sieve.inHeadline(state.doc(), q);
    }

    @Override
    public boolean stopsBefore(Rule rule, State state, int q) {
        return true;
    }
}
