package org.agora.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.agora.data.Timestamps;

/**
 * Rebuilds the identity of a signed-in request from its session cookie (a "trusted" request: the
 * cookie is encrypted, so the username in it is the one that signed in). It takes the place of
 * quarkus-security-jpa's provider for these requests, which only read the roles, so that the
 * account it reads anyway rides along on the identity and {@link CurrentAccount} does not query
 * the same row again: one account lookup per request instead of two. Password sign-ins are
 * {@link PasswordSignIn}'s.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    /** The {@link Account} (detached, read-only use) that the identity was built from. */
    static final String ACCOUNT = "org.agora.account";

    private final DataSource db;

    SessionIdentityProvider(DataSource db) {
        this.db = db;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    /**
     * Ahead of quarkus-security-jpa's own provider for the same kind of request. Providers default
     * to {@code SYSTEM_FIRST + 1}, so this must be higher still: on a tie the order is arbitrary.
     */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            SessionPrincipal session = SessionPrincipal.parse(request.getPrincipal());
            Account account = load(session.username());
            if (account == null || !session.current(account)) {
                // Deleted, signed out or password reset since this sign-in. Failing (rather than
                // returning null) keeps quarkus-security-jpa's provider from accepting the name.
                throw new AuthenticationFailedException();
            }
            return identity(account);
        });
    }

    /**
     * The identity of a signed-in account. Its name is the session principal, which the framework
     * writes into the cookie when it renews it, so the epoch survives renewals.
     */
    static SecurityIdentity identity(Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(new SessionPrincipal(account.username, account.sessionEpoch).name()))
                .addRole(account.role)
                .addAttribute(ACCOUNT, account)
                .build();
    }

    /**
     * Every signed-in request runs this, so it is one prepared statement rather than a Hibernate
     * query (whose set-up cost three times the lookup). The password hash is not read.
     */
    Account load(String username) {
        return read(username, false);
    }

    /** The same with the password hash, for checking a password ({@link PasswordSignIn}) only. */
    Account loadWithPassword(String username) {
        return read(username, true);
    }

    private Account read(String username, boolean withPassword) {
        try (Connection c = db.getConnection();
                PreparedStatement st = c.prepareStatement("select id, username, role, display_name, nickname, created_at, updated_at, session_epoch"
                        + (withPassword ? ", password_hash" : "") + " from account where username = ?")) {
            st.setString(1, Account.canonical(username));
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Account a = new Account();
                a.id = rs.getLong(1);
                a.username = rs.getString(2);
                a.role = rs.getString(3);
                a.displayName = rs.getString(4);
                a.nickname = rs.getString(5);
                a.createdAt = Timestamps.read(rs, 6);
                a.updatedAt = Timestamps.read(rs, 7);
                a.sessionEpoch = rs.getInt(8);
                a.passwordHash = withPassword ? rs.getString(9) : null;
                return a;
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the signed-in account failed", e);
        }
    }
}
