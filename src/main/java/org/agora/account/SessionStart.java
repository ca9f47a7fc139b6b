package org.agora.account;

import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs a browser in without the form: the session cookie the form sign-in writes, made by the
 * framework's own cookie writer with the form's settings, so every instance accepts it and it is
 * renewed, timed out and ended (signing out, a password reset: {@link SessionPrincipal}) like any
 * other. For a student who has just chosen a password at sign-up; nothing else signs in this way.
 */
@ApplicationScoped
public class SessionStart {

    private final Provider<String> key;
    private final String cookieName;
    private final Duration timeout;
    private final Duration renewal;
    private final boolean httpOnly;
    private final String sameSite;
    private final String path;
    private final Optional<Duration> maxAge;
    private final Optional<String> domain;
    private volatile PersistentLoginManager cookies;

    SessionStart(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Provider<String> key,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M") Duration timeout,
            @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval", defaultValue = "PT1M") Duration renewal,
            @ConfigProperty(name = "quarkus.http.auth.form.http-only-cookie", defaultValue = "false") boolean httpOnly,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-same-site", defaultValue = "strict") String sameSite,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/") String path,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-max-age") Optional<Duration> maxAge,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-domain") Optional<String> domain) {
        this.key = key;
        this.cookieName = cookieName;
        this.timeout = timeout;
        this.renewal = renewal;
        this.httpOnly = httpOnly;
        this.sameSite = sameSite.toUpperCase(java.util.Locale.ROOT);
        this.path = path;
        this.maxAge = maxAge;
        this.domain = domain;
    }

    /** Adds the session cookie of {@code account} to this request's answer. */
    public void signIn(Account account, RoutingContext http) {
        if (cookies == null) {
            cookies = new PersistentLoginManager(key.get(), cookieName, timeout.toMillis(), renewal.toMillis(), httpOnly, sameSite,
                    path, maxAge.map(Duration::toSeconds).orElse(-1L), domain.orElse(null));
        }
        cookies.save(SessionIdentityProvider.identity(account), http, null, http.request().isSSL());
    }
}
