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
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import org.agora.AgoraConfig;
import org.agora.web.QueryFlags;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
        static native TemplateInstance signin(boolean failed, boolean signedOut, boolean refused, String throttled);
    }

    private final CurrentAccount current;
    private final AccountService accounts;
    private final String cookieName;
    private final Duration maxDelay;

    SignInResource(CurrentAccount current, AccountService accounts,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName, AgoraConfig config) {
        this.current = current;
        this.accounts = accounts;
        this.cookieName = cookieName;
        this.maxDelay = config.signIn().maxDelay();
    }

    /** {@code ?throttled=N}: a password sign-in was refused for N minutes ({@link SignInThrottle}). */
    @GET
    @Path("signin")
    public Response signin(@Context UriInfo uri, @QueryParam("throttled") String minutes) {
        boolean failed = QueryFlags.has(uri, "error");
        String throttled = QueryFlags.has(uri, "throttled") ? SignInThrottle.message(waited(minutes)) : null;
        if (current.signedIn() && !failed && throttled == null) {
            return Response.seeOther(URI.create("/me")).build();
        }
        return Response.ok(Templates.signin(failed, QueryFlags.has(uri, "out"), QueryFlags.has(uri, "refused"), throttled))
                .build();
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
        NewCookie expired = new NewCookie.Builder(cookieName).path("/").value("").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/signin?out")).cookie(expired).build();
    }

    /** Where sign-in lands: instructors on their classes, students on their progress. */
    @GET
    @Path("me")
    public Response me() {
        Account a = current.get();
        return Response.seeOther(URI.create(a.isInstructor() ? "/instructor" : "/progress")).build();
    }
}
