package org.agora.account;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The signed-in account of this request, loaded once per request. */
@RequestScoped
@Named("currentAccount")
public class CurrentAccount {

    private final SecurityIdentity identity;
    private Account account;

    CurrentAccount(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /**
     * The account, or null when anonymous. Also null on the IO thread (an error page for a URL that no
     * resource matches, such as the browser's /favicon.ico): neither the lazy identity nor the database
     * may be reached there, so such a page shows the signed-out menu instead of failing.
     */
    public Account orNull() {
        if (account == null && !BlockingOperationControl.isBlockingAllowed()) {
            return null;
        }
        if (account == null && !identity.isAnonymous()) {
            account = Account.findByUsername(identity.getPrincipal().getName()).orElse(null);
        }
        return account;
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
