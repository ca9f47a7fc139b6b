package org.agora.web;

import jakarta.ws.rs.core.UriInfo;

/**
 * Flags in a page's address, such as {@code /attempts/ID?saved} or {@code /signin?error}. A key
 * without a value reaches a {@code @QueryParam} String as null, so the raw query is read instead.
 */
public final class QueryFlags {

    private QueryFlags() {
    }

    public static boolean has(UriInfo uri, String name) {
        String query = uri.getRequestUri().getRawQuery();
        if (query == null) {
            return false;
        }
        for (String part : query.split("&")) {
            if (part.split("=", 2)[0].equals(name)) {
                return true;
            }
        }
        return false;
    }
}
