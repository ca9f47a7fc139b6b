package org.agora.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small, strict checks on server-rendered HTML (no parser needed for our own templates). */
public final class Html {

    /** The hidden CSRF input that every form of ours carries: name and token. */
    private static final Pattern CSRF_INPUT = Pattern
            .compile("<input type=\"hidden\" name=\"([A-Za-z0-9_-]+)\" value=\"([A-Za-z0-9_-]{16,})\">");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ATTR_ACTION = Pattern.compile("action=\"([^\"]*)\"");

    private Html() {
    }

    /** A form on the page: its action, whether it posts, and its inner HTML. */
    public record Form(String action, boolean post, String body) {
    }

    public static List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher m = FORM.matcher(html);
        while (m.find()) {
            String attrs = m.group(1);
            Matcher a = ATTR_ACTION.matcher(attrs);
            forms.add(new Form(a.find() ? a.group(1) : "", attrs.toLowerCase().contains("method=\"post\""), m.group(2)));
        }
        return forms;
    }

    /** The CSRF field name of the first form that has one, or null. */
    public static String csrfField(String html) {
        Matcher m = CSRF_INPUT.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    /** The CSRF token of the first form that has one, or null. */
    public static String csrfToken(String html) {
        Matcher m = CSRF_INPUT.matcher(html);
        return m.find() ? m.group(2) : null;
    }

    /** A {@code <script>} without a {@code src}, or an {@code on...=} event attribute: what a strict CSP refuses. */
    public static boolean hasInlineScript(String html) {
        return Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>|\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find();
    }

    public static boolean hasCsrfInput(String formBody) {
        return CSRF_INPUT.matcher(formBody).find();
    }

    public static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** First capture group of the regex, or fails. */
    public static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), () -> "no match for " + regex + " in:\n" + html);
        return m.group(1);
    }

    /**
     * The page skeleton every page shares: a language, a viewport, landmarks, one h1, our own
     * stylesheet and no scripts or styles from other hosts.
     */
    public static void assertAccessibleShell(String html, String what) {
        assertTrue(html.startsWith("<!DOCTYPE html>"), what + ": doctype");
        assertTrue(Pattern.compile("<html lang=\"[a-z]{2}(-[A-Za-z]+)?\">").matcher(html).find(), what + ": lang");
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width"), what + ": viewport meta");
        assertTrue(html.contains("<meta charset=\"utf-8\">"), what + ": charset");
        for (String landmark : List.of("<header", "<nav", "<main", "<footer")) {
            assertTrue(html.contains(landmark), what + ": landmark " + landmark);
        }
        assertEquals(1, count(html, "<main\\b"), what + ": exactly one main");
        assertEquals(1, count(html, "<h1\\b"), what + ": exactly one h1");
        assertTrue(Pattern.compile("<title>[^<]+</title>").matcher(html).find(), what + ": title");
        assertFalse(Pattern.compile("src=\"(https?:)?//").matcher(html).find(), what + ": external src");
        assertFalse(Pattern.compile("<link\\b[^>]*href=\"(https?:)?//").matcher(html).find(), what + ": external stylesheet");
        assertFalse(Pattern.compile("@import\\s+url\\(\"?https?:").matcher(html).find(), what + ": external @import");
        assertNoStackTrace(html, what);
    }

    public static void assertNoStackTrace(String body, String what) {
        assertFalse(body.contains("at org."), what + ": stack frame in body");
        assertFalse(body.contains("at io.quarkus"), what + ": stack frame in body");
        assertFalse(body.contains("at java."), what + ": stack frame in body");
        assertFalse(body.contains("Exception"), what + ": exception name in body");
    }
}
