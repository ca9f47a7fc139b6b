package org.agora.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Gives a password sign-in (the form, or HTTP Basic on the API) the same identity as a session
 * cookie: named {@code username/epoch} with the account attached. The form mechanism writes that
 * name into the new session cookie, which is how a cookie knows the epoch it was signed in under.
 * Identities that already carry the account (from {@link SessionIdentityProvider}) and anonymous
 * ones pass unchanged, so an ordinary request costs nothing here.
 */
@ApplicationScoped
class SessionStamp implements SecurityIdentityAugmentor {

    private final SessionIdentityProvider accounts;

    SessionStamp(SessionIdentityProvider accounts) {
        this.accounts = accounts;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(SessionIdentityProvider.ACCOUNT) != null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            Account account = accounts.load(identity.getPrincipal().getName());
            return account == null ? identity : SessionIdentityProvider.identity(account);
        });
    }
}
