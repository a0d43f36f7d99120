package org.quotecheck.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A reviewer or administrator. Stays behind {@link UserService}. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** Comma-separated role names. */
    @Column(nullable = false)
    public String roles;

    @Column(nullable = false)
    public boolean enabled = true;

    /** Issuer and subject of the single sign-on account it is linked to (V85); null if none. */
    @Column(name = "sso_subject", unique = true)
    public String ssoSubject;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    static AppUser findByUsername(String username) {
        return find("username", username).firstResult();
    }
}
