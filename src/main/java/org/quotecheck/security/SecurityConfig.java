package org.quotecheck.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code quotecheck.security.*}: cookies, sign-in limits, API tokens, the dry run's limits. */
@ConfigMapping(prefix = "quotecheck.security")
public interface SecurityConfig {

    /**
     * {@code quotecheck.security.secure-cookies}: mark every cookie {@code Secure} and send
     * {@code Strict-Transport-Security} even when the request does not look like TLS (set it when a
     * proxy terminates TLS without forwarding headers). Over TLS they are sent anyway.
     */
    @WithDefault("false")
    boolean secureCookies();

    /** Failed sign-in budgets (form, HTTP Basic and bearer tokens), per replica. */
    SignIn signIn();

    /** API tokens ({@code Authorization: Bearer}). */
    Tokens tokens();

    interface Tokens {
        /**
         * {@code quotecheck.security.tokens.max-per-account}: active (neither revoked nor expired)
         * tokens an account may hold; creating one more is refused with a 422 problem.
         */
        @WithDefault("50")
        int maxPerAccount();

        /**
         * {@code quotecheck.security.tokens.last-used-resolution}: how stale a token's
         * {@code last_used_at} may get before a request writes it again (one write per token and
         * period, not one per request).
         */
        @WithDefault("PT1M")
        java.time.Duration lastUsedResolution();
    }

    interface SignIn {
        /** {@code quotecheck.security.sign-in.account-failures}: failures per account within the account window. */
        @WithDefault("10")
        int accountFailures();

        /** {@code quotecheck.security.sign-in.account-window}: how long an account's failures count (and lock it). */
        @WithDefault("PT5M")
        java.time.Duration accountWindow();

        /** {@code quotecheck.security.sign-in.address-failures}: failures per client address within the address window. */
        @WithDefault("30")
        int addressFailures();

        /** {@code quotecheck.security.sign-in.address-window}. */
        @WithDefault("PT15M")
        java.time.Duration addressWindow();
    }
}
