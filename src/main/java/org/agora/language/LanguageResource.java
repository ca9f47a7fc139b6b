package org.agora.language;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import org.agora.web.NotFound;

/**
 * The layout's language links: {@code GET /language/ko?back=/progress} remembers the choice in a
 * cookie and goes back to the page. A link, not a form, so that it works without JavaScript and
 * needs no token: it changes nothing but how this browser's pages read.
 */
@Path("/language")
public class LanguageResource {

    private static final Duration REMEMBERED = Duration.ofDays(365);

    @GET
    @Path("{tag}")
    public Response choose(@PathParam("tag") String tag, @QueryParam("back") String back, @Context HttpServerRequest http) {
        String chosen = Language.supported(tag);
        if (chosen == null) {
            throw new NotFound((t, l) -> t.problem_no_language(tag, String.join(", ", Language.TAGS)));
        }
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(chosen).path("/")
                .maxAge((int) REMEMBERED.toSeconds()).httpOnly(true).secure(http.isSSL())
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(local(back))).cookie(cookie).build();
    }

    /** The page to go back to when it is a path on this server, else the home page: never another site. */
    static String local(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = new URI(back);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? back : "/";
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
    }
}
