package org.agora.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal browser: keeps cookies between requests, never follows redirects (tests look at them),
 * and remembers the CSRF field of the last page it loaded so that forms can be posted like a user would.
 * Optionally sends HTTP Basic credentials instead of signing in with the form.
 */
public final class Browser {

    public static final String SESSION_COOKIE = "agora-session";
    public static final String CSRF_COOKIE = "agora-csrf";

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String basicUser;
    private String basicPassword;
    private String csrfField;
    private String csrfToken;

    public static Browser anonymous() {
        return new Browser();
    }

    /** A browser that sends HTTP Basic credentials with every request. */
    public static Browser basic(String username, String password) {
        Browser b = new Browser();
        b.basicUser = username;
        b.basicPassword = password;
        return b;
    }

    /** Signs in with the form; fails unless the sign-in succeeds. */
    public static Browser signedIn(String username, String password) {
        Browser b = new Browser();
        Response r = b.signIn(username, password);
        if (r.statusCode() / 100 != 3 || !r.header("Location").endsWith("/me")) {
            throw new AssertionError("sign-in failed: " + r.statusCode() + " " + r.header("Location"));
        }
        return b;
    }

    /** A new student of a new class named {@code className}, signed in: for pages where who it is does not matter. */
    public static Browser newStudent(String className) {
        return signedIn(Api.newStudent(Api.newClass(className)), Api.PASSWORD);
    }

    /** Posts the sign-in form to {@code /j_security_check}. */
    public Response signIn(String username, String password) {
        Response r = request().contentType(ContentType.URLENC).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check");
        remember(r);
        return r;
    }

    public RequestSpecification request() {
        RequestSpecification spec = given().redirects().follow(false).cookies(cookies);
        if (basicUser != null) {
            spec = spec.auth().preemptive().basic(basicUser, basicPassword);
        }
        return spec;
    }

    /** GET; remembers cookies and the page's CSRF field. */
    public Response get(String path) {
        Response r = request().get(path);
        remember(r);
        String body = r.asString();
        if (Html.csrfField(body) != null) {
            csrfField = Html.csrfField(body);
            csrfToken = Html.csrfToken(body);
        }
        return r;
    }

    /** Posts a form with the CSRF token of the last page loaded (as a browser would). */
    public Response post(String path, Map<String, String> form) {
        if (csrfToken == null) {
            throw new IllegalStateException("load a page with a form first");
        }
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put(csrfField, csrfToken);
        return postRaw(path, withToken);
    }

    /** Posts a form exactly as given (no CSRF token added). */
    public Response postRaw(String path, Map<String, String> form) {
        RequestSpecification spec = request().contentType(ContentType.URLENC.withCharset("UTF-8"));
        if (form.isEmpty()) {
            spec = spec.body("");
        } else {
            spec = spec.formParams(form);
        }
        Response r = spec.post(path);
        remember(r);
        return r;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public String csrfField() {
        return csrfField;
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** Applies Set-Cookie headers like a browser: a cookie with Max-Age=0 or an empty value is dropped. */
    private void remember(Response r) {
        List<String> setCookies = r.headers().getValues("Set-Cookie");
        for (String header : setCookies) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            boolean expired = value.isEmpty() || header.toLowerCase().contains("max-age=0");
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    /** The raw Set-Cookie header for this cookie name in the response, or null. */
    public static String setCookieHeader(Response r, String name) {
        return r.headers().getValues("Set-Cookie").stream().filter(h -> h.startsWith(name + "=")).findFirst()
                .orElse(null);
    }
}
