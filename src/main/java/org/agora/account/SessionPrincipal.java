package org.agora.account;

/**
 * The name a session cookie carries: the username and the account's session epoch when it signed
 * in, as {@code username/epoch} (usernames cannot contain a slash). The cookie is encrypted by the
 * framework, so the name cannot be forged; the epoch lets the server refuse it after a sign-out or a
 * password reset. Cookies from before epochs existed carry the bare username and count as epoch 0.
 */
public record SessionPrincipal(String username, int epoch) {

    private static final char SEPARATOR = '/';

    public static SessionPrincipal parse(String name) {
        int at = name.lastIndexOf(SEPARATOR);
        if (at < 0) {
            return new SessionPrincipal(name, 0);
        }
        try {
            return new SessionPrincipal(name.substring(0, at), Integer.parseInt(name.substring(at + 1)));
        } catch (NumberFormatException e) {
            return new SessionPrincipal(name.substring(0, at), -1); // matches no account
        }
    }

    public String name() {
        return username + SEPARATOR + epoch;
    }

    /** True while the account has not ended the sessions of this epoch. */
    public boolean current(Account account) {
        return account.sessionEpoch == epoch;
    }
}
