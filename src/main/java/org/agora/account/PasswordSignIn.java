package org.agora.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;

/**
 * Every password sign-in, the form's and HTTP Basic's: a throttled account, address or browser is
 * refused before its password is looked at (no bcrypt spent on it), else the bcrypt hash is checked
 * and the outcome counted ({@link SignInThrottle}). It takes the place of quarkus-security-jpa's
 * provider for these requests: its priority is strictly higher, and it never answers null, which
 * is what would pass a request on. The identity it gives is a session's ({@link SessionPrincipal}).
 */
@ApplicationScoped
class PasswordSignIn implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Checked for names without an account, so that they take as long as names with one. */
    private static final String NO_ACCOUNT = BcryptUtil.bcryptHash(Passwords.generate());

    private final SessionIdentityProvider accounts;
    private final SignInThrottle throttle;
    private final TrustedDevices devices;

    PasswordSignIn(SessionIdentityProvider accounts, SignInThrottle throttle, TrustedDevices devices) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.devices = devices;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Ahead of quarkus-security-jpa's {@code SYSTEM_FIRST + 1}; a tie would be broken arbitrarily. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> {
            String username = request.getUsername();
            String device = devices.trusted(http, username, Instant.now());
            SignInThrottle.Admission admission = device != null
                    ? throttle.admit(SignInThrottle.device(device), null)
                    : throttle.admit(SignInThrottle.account(username), SignInThrottle.address(host(http)));
            if (admission.refused()) {
                throw new AuthenticationFailedException("Password sign-in is throttled",
                        Map.of(SignInThrottle.RETRY_AFTER, admission.retryAfter()));
            }
            Account account = accounts.loadWithPassword(username);
            String password = new String(request.getPassword().getPassword());
            if (!BcryptUtil.matches(password, account == null ? NO_ACCOUNT : account.passwordHash) || account == null) {
                throttle.failed(admission);
                throw new AuthenticationFailedException();
            }
            throttle.succeeded(admission);
            devices.issue(http, account.username, Instant.now());
            account.passwordHash = null; // the identity travels with the request: no hash on it
            return SessionIdentityProvider.identity(account);
        });
    }

    /** The client as Vert.x reports it: with proxy-address-forwarding, what the trusted proxy says. */
    private static String host(RoutingContext http) {
        SocketAddress remote = http == null ? null : http.request().remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }
}
