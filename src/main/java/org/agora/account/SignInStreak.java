package org.agora.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored failures of one subject (an account name, a client address or a trusted browser). */
@Entity
@Table(name = "sign_in_throttle")
public class SignInStreak extends PanacheEntityBase {

    @Id
    public String subject;

    public int failures;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "refused_until")
    public Instant refusedUntil;

    /** Kept for the clean-up query; {@link SignInPolicy#expiry} of the rest. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    SignInPolicy.Streak streak() {
        return new SignInPolicy.Streak(failures, startedAt, refusedUntil);
    }

    void set(SignInPolicy.Streak s, SignInPolicy policy) {
        failures = s.failures();
        startedAt = s.startedAt();
        refusedUntil = s.refusedUntil();
        expiresAt = policy.expiry(s);
    }
}
