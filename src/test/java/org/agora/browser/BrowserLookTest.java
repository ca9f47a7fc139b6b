package org.agora.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.support.AllTypesQuiz;
import org.agora.support.Api;
import org.agora.support.Attempts;
import org.agora.support.Browser;
import org.agora.support.Chromium;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The site's frame: icons and the web app manifest, the navigation marking where the visitor is,
 * the compact phone header with its menu button (and without JavaScript), and a focus ring that
 * stands out in the light and the dark colour scheme.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserLookTest {

    private static final Pattern NAV = Pattern.compile("<nav id=\"site-nav\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern CURRENT = Pattern.compile("<a href=\"([^\"]*)\" aria-current=\"(page|true)\">");

    @TestHTTPResource("/")
    URL base;

    @Test
    void iconsAndTheManifestAreServed() {
        assertEquals("image/x-icon", given().get("/favicon.ico").then().statusCode(200).extract().contentType());
        assertTrue(given().get("/icons/agora.svg").then().statusCode(200).extract().contentType().startsWith("image/svg+xml"));
        for (Map.Entry<String, Integer> png : Map.of("/icons/icon-192.png", 192, "/icons/icon-512.png", 512,
                "/icons/icon-maskable-512.png", 512, "/apple-touch-icon.png", 180).entrySet()) {
            byte[] bytes = given().get(png.getKey()).then().statusCode(200).contentType("image/png").extract().asByteArray();
            ByteBuffer header = ByteBuffer.wrap(bytes); // PNG: the IHDR chunk's width and height at bytes 16 and 20
            assertEquals(png.getValue(), header.getInt(16), png.getKey() + " width");
            assertEquals(png.getValue(), header.getInt(20), png.getKey() + " height");
        }
        JsonPath manifest = new JsonPath(given().get("/manifest.webmanifest").then().statusCode(200).extract().asString());
        assertEquals("Agora", manifest.getString("name"));
        List<String> icons = manifest.getList("icons.src");
        assertTrue(icons.containsAll(List.of("/icons/icon-192.png", "/icons/icon-512.png")), icons.toString());
        icons.forEach(src -> given().get(src).then().statusCode(200));

        String page = given().get("/").then().statusCode(200).extract().asString();
        for (String link : List.of("<link rel=\"icon\" href=\"/favicon.ico\"", "<link rel=\"icon\" href=\"/icons/agora.svg\"",
                "<link rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png\"", "<link rel=\"manifest\" href=\"/manifest.webmanifest\"")) {
            assertTrue(page.contains(link), "the layout links " + link);
        }
    }

    @Test
    void theNavigationMarksWhereTheVisitorIs() {
        Browser student = Browser.newStudent("Navigation class");
        assertEquals(Map.of("/progress", "page"), current(student.get("/progress").asString()));
        assertEquals(Map.of("/classes", "page"), current(student.get("/classes").asString()));
        assertEquals(Map.of("/", "page"), current(student.get("/").asString()));
        assertEquals(Map.of("/", "true"), current(student.get("/lessons/basics").asString()), "a lesson belongs to Lessons");
        assertEquals(Map.of("/source", "page"), current(student.get("/source").asString()));

        Browser admin = Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        assertEquals(Map.of("/instructor", "page"), current(admin.get("/instructor").asString()));
        assertEquals(Map.of("/instructor/content", "page"), current(admin.get("/instructor/content").asString()));
        assertEquals(Map.of("/signin", "page"), current(Browser.anonymous().get("/signin").asString()));
    }

    /** The navigation's links that carry aria-current, with its value. */
    private static Map<String, String> current(String html) {
        Matcher nav = NAV.matcher(html);
        assertTrue(nav.find(), "the page has the site navigation");
        Matcher m = CURRENT.matcher(nav.group(1));
        java.util.HashMap<String, String> marked = new java.util.HashMap<>();
        while (m.find()) {
            marked.put(m.group(1), m.group(2));
        }
        return marked;
    }

    @Test
    void onAPhoneTheHeaderIsOneLineWithAMenuButton() {
        try (Chromium b = Chromium.phone("menu", base)) {
            b.signInNewStudent("Menu class");
            b.open("/lessons/basics");
            WebElement header = b.driver().findElement(By.className("site-header"));
            WebElement menu = b.button("Menu");
            WebElement nav = b.driver().findElement(By.id("site-menu"));
            assertTrue(header.getSize().getHeight() <= 64, "one line: the header is " + header.getSize().getHeight() + " px high");
            assertEquals("false", menu.getAttribute("aria-expanded"));
            assertEquals("site-menu", menu.getAttribute("aria-controls"));
            assertFalse(nav.isDisplayed(), "the navigation is folded away");
            b.shot("menu-closed");

            b.tabTo(menu);
            b.press(Keys.ENTER);
            assertEquals("true", menu.getAttribute("aria-expanded"));
            WebElement progress = b.link("My progress");
            assertTrue(progress.isDisplayed(), "the open menu shows the links");
            assertTrue(progress.getSize().getHeight() >= 44, "tap targets are 44 px high");
            assertEquals("true", b.link("Lessons").getAttribute("aria-current"), "the lesson's section is marked");
            b.shot("menu-open");
            b.tabTo(progress);
            b.press(Keys.ESCAPE);
            assertEquals("false", menu.getAttribute("aria-expanded"), "Escape closes the menu");
            assertEquals(menu, b.focused(), "and gives the focus back to its button");

            b.click(menu);
            b.submitWith(b.link("My progress"));
            assertEquals("/progress", b.path());
            assertEquals("false", b.button("Menu").getAttribute("aria-expanded"), "the next page opens with the menu closed");

            b.resize(1280, 720);
            assertFalse(b.button("Menu").isDisplayed(), "a wide window needs no menu button");
            assertTrue(b.link("My progress").isDisplayed());
        }
    }

    @Test
    void withoutJavaScriptThePhoneNavigationStaysOpen() {
        try (Chromium b = Chromium.withoutJavaScript("menu-no-js", base)) {
            b.resize(390, 844);
            b.open("/");
            assertTrue(b.driver().findElements(By.xpath("//button[normalize-space()='Menu']")).stream().noneMatch(WebElement::isDisplayed),
                    "no menu button that could not work");
            for (String link : List.of("Lessons", "Source guide", "Sign in", "Sign up")) {
                assertTrue(b.link(link).isDisplayed(), link + " is shown");
            }
            b.tabTo(b.link("Sign up"));
            b.assertNoHorizontalScroll("the home page without JavaScript");
            b.shot("no-js-phone");
        }
    }

    @Test
    void aStudentsPagesFitTheNarrowestPhone() {
        String student = Api.newStudent(Api.newClass("Narrow class"));
        String attempt = Attempts.start(student, AllTypesQuiz.ID).getString("attempt");
        try (Chromium b = Chromium.sized("narrow", base, 320, 640)) {
            b.open("/signup");
            assertNarrow(b, "the sign-up page");
            b.signIn(student, Api.PASSWORD);
            for (String path : List.of("/", "/lessons/basics", "/quizzes/" + AllTypesQuiz.ID, "/attempts/" + attempt,
                    "/progress", "/classes")) {
                b.open(path);
                assertNarrow(b, path);
            }
        }
    }

    private static void assertNarrow(Chromium b, String what) {
        String scroll = b.sidewaysScroll();
        assertEquals(null, scroll, what + " at 320 px");
        assertEquals(320, b.widths()[1], "the window is 320 px wide");
    }

    @Test
    void theFocusRingStandsOutInBothColourSchemes() {
        try (Chromium b = Chromium.desktop("focus", base)) {
            for (String scheme : List.of("light", "dark")) {
                b.colourScheme(scheme);
                b.open("/signin");
                double page = luminance(colour(b, "return getComputedStyle(document.body).backgroundColor"));
                assertTrue("dark".equals(scheme) ? page < 0.05 : page > 0.8, scheme + " page background, luminance " + page);
                for (WebElement target : List.of(b.link("Sign up"), b.field("Username"), b.button("Sign in"))) {
                    b.tabTo(target);
                    String what = scheme + " " + Chromium.describe(target);
                    JavascriptExecutor js = (JavascriptExecutor) b.driver();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> ring = (Map<String, Object>) js.executeScript(
                            "var e = arguments[0], s = getComputedStyle(e);"
                                    // what is behind the control: the first ancestor with a background
                                    + "var p = e.parentElement; while (p && getComputedStyle(p).backgroundColor === 'rgba(0, 0, 0, 0)') p = p.parentElement;"
                                    + "var bg = s.backgroundColor === 'rgba(0, 0, 0, 0)' ? null : s.backgroundColor;"
                                    + "return {style: s.outlineStyle, width: s.outlineWidth, colour: s.outlineColor,"
                                    + "  control: bg, around: p ? getComputedStyle(p).backgroundColor : 'rgb(255, 255, 255)'};",
                            target);
                    assertEquals("solid", ring.get("style"), what);
                    assertTrue(Double.parseDouble(((String) ring.get("width")).replace("px", "")) >= 3, what + " ring " + ring);
                    double outline = luminance((String) ring.get("colour"));
                    double around = luminance((String) ring.get("around"));
                    assertTrue(contrast(outline, around) >= 3, what + ": ring against the page " + contrast(outline, around) + " " + ring);
                    if (ring.get("control") != null) {
                        double control = luminance((String) ring.get("control"));
                        assertTrue(contrast(outline, control) >= 3, what + ": ring against the control " + contrast(outline, control) + " " + ring);
                    }
                }
                b.shot("focus-" + scheme);
            }
        }
    }

    private static String colour(Chromium b, String script) {
        return (String) ((JavascriptExecutor) b.driver()).executeScript(script);
    }

    /** The relative luminance (WCAG 2) of a computed colour such as {@code rgb(35, 96, 212)}. */
    static double luminance(String rgb) {
        Matcher m = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(rgb);
        if (!m.find()) {
            throw new AssertionError("not an rgb() colour: " + rgb);
        }
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(m.group(i + 1)) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }
}
