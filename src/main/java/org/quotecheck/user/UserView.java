package org.quotecheck.user;

import java.time.OffsetDateTime;
import java.util.Set;

/** What pages and the API may see of a user: never the password hash. */
public record UserView(long id, String username, Set<String> roles, boolean enabled, OffsetDateTime createdAt) {

    public boolean admin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean reviewer() {
        return roles.contains(Role.REVIEWER);
    }
}
