package org.agora.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * A request with a session cookie is a "trusted" authentication request: Agora's own provider must
 * answer it (not quarkus-security-jpa's), so that the account it read rides along on the identity
 * and is not queried a second time for the same request.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class SessionIdentityTest {

    @Inject
    IdentityProviderManager identities;

    @Inject
    Instance<IdentityProvider<?>> providers;

    @Inject
    AccountService accounts;

    @Test
    void ourProviderComesStrictlyFirstForSessionCookies() {
        ProviderOrder.assertStrictlyFirst(providers, TrustedAuthenticationRequest.class, SessionIdentityProvider.class);
    }

    @Test
    void theSessionIdentityCarriesTheAccount() {
        String student = Api.newStudent(Api.newClass("Identity"));
        SecurityIdentity identity = identities.authenticateBlocking(new TrustedAuthenticationRequest(student.toUpperCase() + "/0"));
        assertEquals(student + "/0", identity.getPrincipal().getName(), "the name a renewed cookie keeps");
        assertTrue(identity.hasRole(Account.STUDENT), identity.getRoles().toString());
        Account account = assertInstanceOf(Account.class, identity.getAttribute(SessionIdentityProvider.ACCOUNT));
        Account stored = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(student).orElseThrow());
        assertEquals(stored.id, account.id);
        assertEquals(stored.username, account.username);
        assertEquals(stored.role, account.role);
        assertEquals(stored.displayName, account.displayName);
        assertEquals(stored.nickname, account.nickname);
        assertEquals(stored.createdAt, account.createdAt);
        assertEquals(stored.updatedAt, account.updatedAt);
        assertEquals(null, account.passwordHash, "the password hash is not read for every request");
    }

    @Test
    void aSessionFromBeforeTheAccountEndedItsSessionsIsRefused() {
        String student = Api.newStudent(Api.newClass("Epochs"));
        long id = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(student).orElseThrow().id);
        // A cookie from before session epochs existed names the bare username: epoch 0.
        assertEquals(student + "/0", identities.authenticateBlocking(new TrustedAuthenticationRequest(student)).getPrincipal().getName());

        accounts.endSessions(id);
        for (String name : List.of(student, student + "/0", student + "/x", student + "/2")) {
            assertThrows(AuthenticationFailedException.class,
                    () -> identities.authenticateBlocking(new TrustedAuthenticationRequest(name)), name);
        }
        assertEquals(student + "/1", identities.authenticateBlocking(new TrustedAuthenticationRequest(student + "/1")).getPrincipal().getName());
    }

    @Test
    void aSessionOfAnAccountThatNoLongerExistsIsRefused() {
        assertThrows(AuthenticationFailedException.class,
                () -> identities.authenticateBlocking(new TrustedAuthenticationRequest("nobody-by-this-name")));
    }
}
