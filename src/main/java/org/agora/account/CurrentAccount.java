package org.agora.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Named;
import org.agora.web.SessionCookie;

/**
 * The signed-in account of this request, loaded once per request. It is a detached copy: code that
 * changes an account loads it by id in its own transaction.
 */
@RequestScoped
@Named("currentAccount")
public class CurrentAccount {

    private final SecurityIdentity identity;
    private final RoutingContext http;
    private Account account;

    CurrentAccount(SecurityIdentity identity, RoutingContext http) {
        this.identity = identity;
        this.http = http;
    }

    /**
     * True on a page answered on the IO thread for a browser that brings a session cookie: who it
     * is cannot be known there, so the layout shows neither the account's links nor "Sign in".
     */
    public boolean unknown() {
        return onIoThread() && http.request().getCookie(SessionCookie.name()) != null;
    }

    public boolean signedIn() {
        return !onIoThread() && !anonymous();
    }

    /**
     * A dead session cookie (signed out elsewhere, password reset) fails its identity: here that is
     * simply nobody, so pages open to everyone (the sign-in page above all) still render for it.
     */
    private boolean anonymous() {
        try {
            return identity.isAnonymous();
        } catch (AuthenticationFailedException e) {
            return true;
        }
    }

    /** The account, or null when anonymous. */
    public Account orNull() {
        if (account == null && !onIoThread() && !anonymous()) {
            // Every signed-in identity carries it: SessionIdentityProvider for session cookies,
            // PasswordSignIn for password sign-ins. Without it the account no longer exists.
            account = identity.getAttribute(SessionIdentityProvider.ACCOUNT) instanceof Account a ? a : null;
        }
        return account;
    }

    /**
     * Error pages for requests refused before a resource method runs (403 from a role check, an
     * unknown route) are rendered on the IO thread, where neither the lazy identity nor the database
     * may be used: there the page header shows the signed-out links instead of failing with a 500.
     */
    private static boolean onIoThread() {
        return io.vertx.core.Context.isOnEventLoopThread();
    }

    /** The account; 401 when nobody is signed in. */
    public Account get() {
        Account a = orNull();
        if (a == null) {
            throw new UnauthorizedException();
        }
        return a;
    }
}
