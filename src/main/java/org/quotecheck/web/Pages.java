package org.quotecheck.web;

/** Page numbers from the desk's query strings: a typo shows the first page rather than an error. */
final class Pages {

    static final int MAX_PAGE = 100_000;

    private Pages() {
    }

    static int number(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page.strip()), MAX_PAGE));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
