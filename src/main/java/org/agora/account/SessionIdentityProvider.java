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
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * Rebuilds the identity of a signed-in request from its session cookie (a "trusted" request: the
 * cookie is encrypted, so the username in it is the one that signed in). It takes the place of
 * quarkus-security-jpa's provider for these requests, which only read the roles, so that the
 * account it reads anyway rides along on the identity and {@link CurrentAccount} does not query
 * the same row again: one account lookup per request instead of two. Password sign-in is still
 * quarkus-security-jpa's (bcrypt, hashed by the framework).
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    /** The {@link Account} (detached, read-only use) that the identity was built from. */
    static final String ACCOUNT = "org.agora.account";

    private final SessionFactory sessions;

    SessionIdentityProvider(SessionFactory sessions) {
        this.sessions = sessions;
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
            Account account = load(request.getPrincipal());
            if (account == null) {
                throw new AuthenticationFailedException(); // deleted since sign-in: signed out
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(account.username))
                    .addRole(account.role)
                    .addAttribute(ACCOUNT, account)
                    .build();
        });
    }

    private Account load(String username) {
        try (StatelessSession s = sessions.openStatelessSession()) {
            return s.createSelectionQuery("from Account where username = :u", Account.class)
                    .setParameter("u", Account.canonical(username))
                    .getSingleResultOrNull();
        }
    }
}
