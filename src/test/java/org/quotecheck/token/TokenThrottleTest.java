package org.quotecheck.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.security.AuthenticationFailedException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotecheck.security.SecurityConfig;
import org.quotecheck.support.TooManySignInsException;
import org.quotecheck.user.SignInThrottle;

/** Failed bearer attempts count against the client address's sign-in budget. */
class TokenThrottleTest {

    static final String GOOD = TokenSecrets.generate();

    static SecurityConfig config(int addressFailures) {
        return new SecurityConfig() {
            public boolean secureCookies() {
                return false;
            }

            public SignIn signIn() {
                return new SignIn() {
                    public int accountFailures() {
                        return 10;
                    }

                    public Duration accountWindow() {
                        return Duration.ofMinutes(5);
                    }

                    public int addressFailures() {
                        return addressFailures;
                    }

                    public Duration addressWindow() {
                        return Duration.ofMinutes(15);
                    }
                };
            }

            public Tokens tokens() {
                return new Tokens() {
                    public int maxPerAccount() {
                        return 50;
                    }

                    public Duration lastUsedResolution() {
                        return Duration.ofMinutes(1);
                    }
                };
            }
        };
    }

    /** Knows one token, without a database. */
    static final class OneToken extends TokenService {
        OneToken(SecurityConfig config) {
            super(null, null, config);
        }

        @Override
        public Optional<TokenPrincipal> authenticate(String secret) {
            return GOOD.equals(secret) ? Optional.of(new TokenPrincipal(7, "ann", Set.of("reviewer")))
                    : Optional.empty();
        }
    }

    @Test
    void wrongTokensFromOneAddressExhaustItsBudgetThenEvenAGoodTokenWaits() {
        SecurityConfig config = config(3);
        BearerTokenAuthentication.Provider provider = new BearerTokenAuthentication.Provider(new OneToken(config),
                new SignInThrottle(config));
        assertEquals("ann", provider.check(GOOD, "192.0.2.1").getPrincipal().getName());
        for (int i = 0; i < 3; i++) {
            AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
                    () -> provider.check(TokenSecrets.generate(), "192.0.2.1"));
            assertEquals(null, e.getCause());
        }
        AuthenticationFailedException blocked = assertThrows(AuthenticationFailedException.class,
                () -> provider.check(GOOD, "192.0.2.1"));
        assertInstanceOf(TooManySignInsException.class, blocked.getCause());
        // another address is not affected
        assertEquals(Set.of("reviewer"), provider.check(GOOD, "192.0.2.2").getRoles());
    }
}
