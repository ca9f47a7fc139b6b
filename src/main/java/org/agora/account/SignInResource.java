package org.agora.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import org.agora.AgoraConfig;
import org.agora.web.NextPage;
import org.agora.web.QueryFlags;
import org.agora.web.SessionCookie;

/**
 * The sign-in form (it posts to Quarkus's {@code /j_security_check}) and sign-out. The session is
 * the framework's encrypted cookie, so any app instance with the same key accepts it; signing out
 * ends it on the server too ({@link SessionPrincipal}), so a copy of the cookie stops working.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signin(boolean failed, boolean signedOut, boolean refused, Long throttled, boolean ended,
                String next);
    }

    private final CurrentAccount current;
    private final AccountService accounts;
    private final Duration maxDelay;

    SignInResource(CurrentAccount current, AccountService accounts, AgoraConfig config) {
        this.current = current;
        this.accounts = accounts;
        this.maxDelay = config.signIn().maxDelay();
    }

    /**
     * {@code ?throttled=N}: a password sign-in was refused for N minutes ({@link SignInThrottle});
     * {@code ?next=/path}: where to go on after signing in ({@link NextPage}); {@code ?ended}, or a
     * dead session cookie: the session ended, which the page says (and the cookie is dropped).
     */
    @GET
    @Path("signin")
    public Response signin(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("throttled") String minutes,
            @QueryParam("next") String next) {
        boolean failed = QueryFlags.has(uri, "error");
        Long throttled = QueryFlags.has(uri, "throttled") ? waited(minutes) : null;
        String safeNext = NextPage.safe(next);
        boolean signedIn = current.signedIn();
        if (signedIn && !failed && throttled == null) {
            return Response.seeOther(URI.create(safeNext != null ? safeNext : "/me")).build();
        }
        boolean dead = !signedIn && SessionCookie.sent(headers.getCookies());
        Response.ResponseBuilder page = Response.ok(Templates.signin(failed, QueryFlags.has(uri, "out"), QueryFlags.has(uri, "refused"),
                throttled, dead || QueryFlags.has(uri, "ended"), safeNext));
        return (dead ? page.cookie(SessionCookie.expired()) : page).build();
    }

    /** Anyone can type the address: a number of minutes that the policy can refuse for, else its longest. */
    private long waited(String minutes) {
        long longest = SignInThrottle.minutes(maxDelay);
        try {
            long n = Long.parseLong(minutes == null ? "" : minutes.trim());
            return n >= 1 && n <= longest ? n : longest;
        } catch (NumberFormatException e) {
            return longest;
        }
    }

    @POST
    @Path("signout")
    public Response signout() {
        Account a = current.orNull();
        if (a != null) {
            // Every session of the account: one cookie cannot be told from its copies.
            accounts.endSessions(a.id);
        }
        return Response.seeOther(URI.create("/signin?out")).cookie(SessionCookie.expired()).build();
    }

    /**
     * Where sign-in lands: back on the page that sent the browser to sign in ({@code next}, when it
     * is a path of this site), else instructors on their classes and students on their progress.
     */
    @GET
    @Path("me")
    public Response me(@QueryParam("next") String next) {
        Account a = current.get();
        String safe = NextPage.safe(next);
        return Response.seeOther(URI.create(safe != null ? safe : a.isInstructor() ? "/instructor" : "/progress")).build();
    }
}
