package org.agora.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A student or an instructor. The password is a bcrypt hash, checked by {@link PasswordSignIn}
 * (quarkus-security-jpa reads these annotations, but its providers come after Agora's and are never asked).
 */
@Entity
@Table(name = "account")
@UserDefinition
public class Account extends PanacheEntityBase {

    public static final String STUDENT = "student";
    public static final String INSTRUCTOR = "instructor";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    public String username;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    @Roles
    public String role;

    @Column(name = "display_name")
    public String displayName;

    public String nickname;

    @Column(name = "created_at")
    public Instant createdAt;

    /** When the shown name (nickname) last changed; live scoreboards watch it. */
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Raised to end every session of the account ({@link SessionPrincipal}). */
    @Column(name = "session_epoch")
    public int sessionEpoch;

    public boolean isInstructor() {
        return INSTRUCTOR.equals(role);
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", canonical(username)).firstResultOptional();
    }

    /** Usernames are stored and looked up in lower case: "Minji" signs in as "minji". */
    public static String canonical(String username) {
        return username == null ? null : username.toLowerCase(java.util.Locale.ROOT);
    }

    /** The current session epoch of each of these accounts (a deleted account is missing). */
    public static Map<Long, Integer> sessionEpochs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select a.id, a.sessionEpoch from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Integer) r[1]));
    }

    public static boolean anyInstructor() {
        return count("role", INSTRUCTOR) > 0;
    }
}
