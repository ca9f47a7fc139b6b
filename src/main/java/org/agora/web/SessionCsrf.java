package org.agora.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Binds the forms' CSRF token to the signed-in session. quarkus-rest-csrf alone checks that a
 * form's token equals the token cookie (double submit), but any token passes with its own cookie:
 * an attacker who can plant a cookie (a sibling subdomain, a plain-HTTP hop) posts the victim's
 * forms with the attacker's pair. For a signed-in request the token is therefore an HMAC of the
 * session (account and session epoch) under the server's session key: the pages hand it out (it
 * becomes the cookie's value too, so the framework's own check of field against cookie still
 * holds), and every form post of a signed-in account must carry exactly it. Signing out or a password reset changes it.
 * Anonymous forms (sign-up) keep the framework's random token; {@link SameOrigin} refuses
 * cross-site posts of every kind.
 */
@Singleton
public class SessionCsrf {

    /** The routing-context key under which quarkus-rest-csrf keeps its (anonymous) token for the page. */
    static final String TOKEN_KEY = "csrf_token";

    private final CurrentIdentityAssociation identities;
    /** Read when first needed: filters are made at static init, before the generated key's source is there. */
    private final Provider<String> sessionKey;
    private volatile SecretKeySpec key;
    private final String field;
    private final String header;
    private final String cookieName;
    private final Duration cookieAge;

    SessionCsrf(CurrentIdentityAssociation identities,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Provider<String> sessionKey,
            @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token") String field,
            @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN") String header,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String cookieName,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-max-age", defaultValue = "2H") Duration cookieAge) {
        this.identities = identities;
        this.sessionKey = sessionKey;
        this.field = field;
        this.header = header;
        this.cookieName = cookieName;
        this.cookieAge = cookieAge;
    }

    /**
     * Runs whatever the order of the CSRF filters (the framework reorders filters that read the
     * form): the form was read whole before the REST layer ({@link WholeBodies}), and the cookie is
     * written when the response's headers go out, after every filter.
     */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Uni<Response> bind(ContainerRequestContext request, RoutingContext routing) {
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous()) {
                return null;
            }
            String bound = tokenOf(identity);
            String method = request.getMethod();
            if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
                routing.addHeadersEndHandler(v -> routing.response().addCookie(cookie(bound, routing.request().isSSL())));
                return null;
            }
            if (request.getUriInfo().getPath().startsWith("/api/")) {
                return null; // JSON only (RequestHeaders) and same-origin only (SameOrigin): no form can reach it
            }
            String sent = request.getHeaderString(header);
            if (sent == null) {
                sent = routing.request().getFormAttribute(field);
            }
            if (sent == null || !MessageDigest.isEqual(bound.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII))) {
                return ErrorResponses.respond(ErrorResponses.FORM_REFUSED, request).build();
            }
            return null;
        });
    }

    /** The token cookie as quarkus-rest-csrf writes it, holding this session's token. */
    private Cookie cookie(String token, boolean ssl) {
        return Cookie.cookie(cookieName, token).setPath("/").setHttpOnly(true).setSecure(ssl).setMaxAge(cookieAge.toSeconds())
                .setSameSite(CookieSameSite.LAX);
    }

    /** The token of this signed-in session: what its forms carry. */
    String tokenOf(SecurityIdentity identity) {
        return encode(token(identity));
    }

    /** 16 bytes, the size quarkus-rest-csrf expects of a token cookie. */
    private byte[] token(SecurityIdentity identity) {
        try {
            if (key == null) {
                key = new SecretKeySpec(sessionKey.get().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(("agora-form-token\n" + identity.getPrincipal().getName()).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String encode(byte[] token) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }
}
