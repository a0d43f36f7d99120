package org.quotecheck.user;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.quotecheck.security.SecurityConfig;
import java.util.Optional;
import org.quotecheck.support.Throttle;

/**
 * Failed sign-ins (form, HTTP Basic and API tokens) per account and per client address. Over either budget
 * every attempt is refused, the right password too, until the window ends: an attacker cannot keep
 * guessing, and a known user is locked out for at most the account window
 * ({@code quotecheck.security.sign-in.*}, 10 failures in 5 minutes per account, 30 in 15 minutes per address). In memory, so the
 * budgets hold per replica (with n replicas an attacker gets at most n times as many guesses).
 */
@ApplicationScoped
public class SignInThrottle {

    private final Throttle accounts;
    private final Throttle addresses;

    @jakarta.inject.Inject
    public SignInThrottle(SecurityConfig config) {
        this(config.signIn(), Clock.systemUTC());
    }

    SignInThrottle(SecurityConfig.SignIn config, Clock clock) {
        accounts = new Throttle(config.accountFailures(), config.accountWindow(), clock);
        addresses = new Throttle(config.addressFailures(), config.addressWindow(), clock);
    }

    /** How long this account or address must wait before its next attempt counts; empty if it may try now. */
    public Optional<Duration> blocked(String username, String address) {
        Optional<Duration> account = username == null ? Optional.empty() : accounts.blocked(key(username));
        Optional<Duration> from = address == null ? Optional.empty() : addresses.blocked(address);
        if (account.isPresent() && from.isPresent()) {
            return Optional.of(account.get().compareTo(from.get()) > 0 ? account.get() : from.get());
        }
        return account.isPresent() ? account : from;
    }

    /** Counts a failed attempt; {@code username} is null when none was given (a bearer token). */
    public void failed(String username, String address) {
        if (username != null) {
            accounts.record(key(username));
        }
        if (address != null) {
            addresses.record(address);
        }
    }

    void succeeded(String username) {
        accounts.reset(key(username));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
