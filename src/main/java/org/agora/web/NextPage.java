package org.agora.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where sign-in goes on to: the {@code next} parameter of {@code /signin}, carried through the
 * form's post to the landing page ({@code quarkus.http.auth.form.landing-page-query-params}), so
 * no instance has to remember it. Anyone can write a link with any {@code next}, so only a path
 * on this site is followed: a single leading slash, no backslash, no scheme or host, no control
 * characters, and not the sign-in pages themselves (which would go round in a loop).
 */
public final class NextPage {

    private static final int LONGEST = 2000;

    private NextPage() {
    }

    /** {@code next} when it is safe to redirect to, else null. */
    public static String safe(String next) {
        if (next == null || next.isEmpty() || next.length() > LONGEST || next.charAt(0) != '/' || next.startsWith("//")
                || next.indexOf('\\') >= 0) {
            return null;
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= 0x20 || c == 0x7f || c > 0x7e) {
                return null; // control characters, spaces and raw non-ASCII: a real path is percent-encoded
            }
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
                return null;
            }
            String path = uri.getRawPath();
            if (path.equals("/signin") || path.equals("/signout") || path.equals("/me") || path.startsWith("/j_security_check")) {
                return null;
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return next;
    }

    /** The sign-in page's address that comes back to {@code next} (when safe), with the flag, if any. */
    public static String signIn(String flag, String next) {
        String safe = safe(next);
        String query = (flag == null ? "" : flag) + (safe == null ? "" : (flag == null ? "" : "&") + "next=" + encode(safe));
        return "/signin" + (query.isEmpty() ? "" : "?" + query);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
