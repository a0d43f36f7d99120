package org.quotecheck.user;

/** Role names used by HTTP permissions (application.properties) and the pages. */
public final class Role {
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";

    private Role() {
    }
}
