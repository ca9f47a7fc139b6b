package org.agora.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import org.agora.AgoraConfig;
import org.agora.web.Conflict;
import org.agora.web.DatabaseErrors;
import org.agora.web.InvalidInput;
import org.agora.web.NotFound;
import org.jboss.logging.Logger;

/** Creating accounts, the first instructor, and password resets. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    private final Validator validator;
    private final AgoraConfig.Admin admin;
    private final SignInThrottle throttle;

    AccountService(Validator validator, AgoraConfig config, SignInThrottle throttle) {
        this.validator = validator;
        this.admin = config.admin();
        this.throttle = throttle;
    }

    /**
     * On the first start of an empty database, one instructor: from AGORA_ADMIN_USERNAME and
     * AGORA_ADMIN_PASSWORD when set, else {@code admin} with a random password logged once.
     */
    @Transactional
    void bootstrap(@Observes StartupEvent event) {
        if (Account.count() > 0) {
            return;
        }
        String username = admin.username().isBlank() ? "admin" : admin.username();
        String password = admin.password().filter(s -> !s.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = Passwords.generate();
        }
        try {
            create(new NewAccount(username, password, "Administrator"), Account.INSTRUCTOR);
        } catch (Conflict raced) {
            // Several instances started on one empty database: the first to store it made it.
            LOG.infof("The first instructor '%s' was created by another instance", username);
            return;
        }
        if (generated) {
            LOG.warnf("Created the first instructor '%s' with the password: %s  (shown once; change it by "
                    + "setting AGORA_ADMIN_PASSWORD on an empty database, or reset it from another instructor)",
                    username, password);
        } else {
            LOG.infof("Created the first instructor '%s' from AGORA_ADMIN_USERNAME/AGORA_ADMIN_PASSWORD", username);
        }
    }

    /** Validates and stores a new account; 400 for bad fields, 409 for a taken username. */
    @Transactional
    public Account create(NewAccount input, String role) {
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw InvalidInput.of(violations);
        }
        String username = Account.canonical(input.username().trim());
        if (Account.findByUsername(username).isPresent()) {
            throw new Conflict((t, l) -> t.account_username_taken(username));
        }
        Account a = new Account();
        a.username = username;
        a.passwordHash = Passwords.hash(input.password());
        a.role = role;
        a.displayName = input.displayName().strip();
        a.nickname = Nicknames.generate();
        a.createdAt = Instant.now();
        a.updatedAt = a.createdAt;
        try {
            a.persistAndFlush();
        } catch (PersistenceException e) {
            if (DatabaseErrors.isUniqueViolation(e)) {
                // Two sign-ups for the same name at once: the unique index decides, the loser gets 409.
                throw new Conflict((t, l) -> t.account_username_taken(username));
            }
            throw e; // any other failure is not the user's doing
        }
        return a;
    }

    /** Sets a new random password and returns it, to be shown once. */
    @Transactional
    public String resetPassword(long accountId) {
        Account a = Account.<Account>findByIdOptional(accountId).orElseThrow(() -> new NotFound((t, l) -> t.account_no_such()));
        String password = Passwords.generate();
        a.passwordHash = Passwords.hash(password);
        a.sessionEpoch++; // whoever knew the old password is signed out too
        // Guessing starts again against a random password, and its owner can sign in with it at once.
        throttle.forget(SignInThrottle.account(a.username));
        return password;
    }

    /** Ends every session of the account, on every device and app instance (sign-out). */
    @Transactional
    public void endSessions(long accountId) {
        Account.update("sessionEpoch = sessionEpoch + 1 where id = ?1", accountId);
    }

    @Transactional
    public void updateNickname(Account account, String nickname) {
        String n = nickname == null ? "" : nickname.strip();
        if (n.isEmpty() || n.length() > 40) {
            throw new InvalidInput("nickname", (t, l) -> t.account_nickname());
        }
        Account a = Account.findById(account.id);
        a.nickname = n;
        a.updatedAt = Instant.now();
    }

    /** An instructor's account by id; 404 for any other id, so that a student's id shows nothing here. */
    public Account instructor(long accountId) {
        return Account.<Account>findByIdOptional(accountId).filter(Account::isInstructor)
                .orElseThrow(() -> new NotFound((t, l) -> t.account_no_such_instructor()));
    }

    public List<Account> instructors() {
        return Account.list("role = ?1 order by username", Account.INSTRUCTOR);
    }
}
