package org.quotecheck.attribution.entity;

/**
 * A mention split into the name the article gives ("Jane Doe") and the role attached to it
 * ("Republican", "Ohio Sen.", "director of the Center for Rural Health"); either may be null:
 * "the senator" has a role and no name, "Jane Doe" a name and no role.
 */
public record NameRole(String name, String role) {
}
