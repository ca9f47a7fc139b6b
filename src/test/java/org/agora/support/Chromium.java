package org.agora.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}). Nothing is ever downloaded: Selenium Manager is kept offline and is not
 * asked for a driver. A missing browser or driver fails the test with a message saying what to install.
 *
 * <p>Elements are found the way a person finds them: by label, by visible text or accessible name, by role.
 */
public final class Chromium implements AutoCloseable {

    public static final String DRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    public static final String BINARY = System.getProperty("agora.chromium", "/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static boolean cleared;

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final String name;
    private int shots;

    private Chromium(String name, URL base, int width, int height, boolean javascript) {
        this.name = name;
        this.base = base.toString().replaceAll("/+$", "");
        System.setProperty("webdriver.chrome.driver", DRIVER);
        System.setProperty("SE_OFFLINE", "true");
        if (!Files.isExecutable(Path.of(DRIVER))) {
            fail("Browser tests need chromedriver at " + DRIVER
                    + " (Debian: apt-get install chromium chromium-driver; or set -Dwebdriver.chrome.driver=PATH)."
                    + " They never download a driver.");
        }
        if (!Files.isExecutable(Path.of(BINARY))) {
            fail("Browser tests need Chromium at " + BINARY
                    + " (Debian: apt-get install chromium chromium-driver; or set -Dagora.chromium=PATH)."
                    + " They never download a browser.");
        }
        try {
            profile = Files.createTempDirectory("agora-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--lang=en-US",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")); // for policyViolations()
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** A desktop-sized window (1280x900) with JavaScript on. */
    public static Chromium desktop(String name, URL base) {
        return new Chromium(name, base, 1280, 900, true);
    }

    /** A phone-sized window (390x844, an iPhone 12 to 15) with JavaScript on. */
    public static Chromium phone(String name, URL base) {
        return new Chromium(name, base, 390, 844, true);
    }

    /** A window of any size with JavaScript on (the accessibility audit tries several). */
    public static Chromium sized(String name, URL base, int width, int height) {
        return new Chromium(name, base, width, height, true);
    }

    /** A desktop-sized window with JavaScript turned off in the browser's content settings. */
    public static Chromium withoutJavaScript(String name, URL base) {
        return new Chromium(name, base, 1280, 900, false);
    }

    /**
     * What the browser's console said about the Content-Security-Policy since the last call: a
     * script, style or frame the page tried to use and the policy refused. Empty when the pages
     * keep to the policy.
     */
    public List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition::apply);
    }

    public void waitForPath(String prefix) {
        try {
            waitFor(d -> path().startsWith(prefix));
        } catch (WebDriverException e) {
            shot("unexpected-page");
            fail("Expected to be on " + prefix + " but the browser shows " + path() + ": " + title());
        }
    }

    public String title() {
        return driver.getTitle();
    }

    /** Signs in through the form on /signin and waits for the landing page (a student's progress). */
    public void signIn(String username, String password) {
        open("/signin");
        field("Username").sendKeys(username);
        field("Password").sendKeys(password);
        button("Sign in").click();
        waitFor(d -> !path().startsWith("/signin") && !path().startsWith("/j_security_check"));
        // The text in the page, not only what shows: on a phone the header's menu may be folded away.
        String page = String.valueOf(((JavascriptExecutor) driver).executeScript("return document.body.textContent"));
        if (!page.contains("Sign out (" + username + ")")) {
            shot("sign-in-failed");
            fail("Signing in as " + username + " failed; the browser shows " + path() + ": " + title());
        }
    }

    /** A new student of a new class named {@code className}, signed in here: where most browser tests start. The username. */
    public String signInNewStudent(String className) {
        String username = Api.newStudent(Api.newClass(className));
        signIn(username, Api.PASSWORD);
        return username;
    }

    /** Opens the quiz's overview and starts an attempt with its button; the attempt page's path. */
    public String startQuiz(String quiz) {
        open("/quizzes/" + quiz);
        click(button("Start the quiz"));
        waitForPath("/attempts/");
        return path();
    }

    // ---- Finding things as a person would -------------------------------------------------------

    /** An XPath string literal for any text (quotes included). */
    public static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    public WebElement button(String text) {
        return driver.findElement(By.xpath("//button[normalize-space()=" + literal(text) + "]"));
    }

    public WebElement link(String text) {
        return driver.findElement(By.xpath("//a[normalize-space()=" + literal(text) + "]"));
    }

    /** The control a {@code <label>} with this text points at (its {@code for}). */
    public static WebElement labelled(org.openqa.selenium.SearchContext scope, String label) {
        WebElement l = scope.findElement(By.xpath(".//label[normalize-space()=" + literal(label) + "]"));
        String id = l.getAttribute("for");
        if (id == null || id.isBlank()) {
            fail("The label '" + label + "' is not tied to a control (no for attribute)");
        }
        return l.findElement(By.xpath("//*[@id=" + literal(id) + "]"));
    }

    public WebElement field(String label) {
        return labelled(driver, label);
    }

    /** A landmark or heading-labelled region such as a question: {@code <section>} whose h2 contains the text. */
    public WebElement section(String headingText) {
        return driver.findElement(By.xpath("//section[h2[contains(normalize-space(), " + literal(headingText) + ")]]"));
    }

    public WebElement heading(int level) {
        return driver.findElement(By.tagName("h" + level));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String mainText() {
        return driver.findElement(By.xpath("//main")).getText();
    }

    /** The live status line in a region (role=status). */
    public static WebElement status(WebElement region) {
        return region.findElement(By.xpath(".//*[@role='status']"));
    }

    public void waitForStatus(WebElement region, String text) {
        try {
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElement(status(region), text));
        } catch (WebDriverException e) {
            shot("status-timeout");
            fail("Waited for '" + text + "' in the status of '" + region.findElement(By.tagName("h2")).getText()
                    + "', got '" + status(region).getText() + "'");
        }
    }

    public static Select select(WebElement element) {
        return new Select(element);
    }

    /**
     * Clicks as a person does: the page is scrolled so that the element is in the middle of the window
     * (not under the sticky action bar at the bottom), then it is clicked.
     */
    public void click(WebElement element) {
        reveal(element).click();
    }

    /**
     * Clicks a control that submits a form and waits until the next page has fully loaded: the
     * old page going stale is not enough, since elements found while the new one is still
     * parsing can be replaced under the test.
     */
    public void submitWith(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // A mark on the old document: the next page is there once the mark is gone. Asking the old
        // element whether it is stale fails while Chromium swaps documents ("Node with given id
        // does not belong to the document" rather than a stale-element error), so it is not asked.
        js.executeScript("document.documentElement.setAttribute('data-test-old-page', '')");
        click(element);
        waitFor(d -> {
            try {
                return Boolean.TRUE.equals(js.executeScript("return document.readyState === 'complete'"
                        + " && !document.documentElement.hasAttribute('data-test-old-page')"));
            } catch (WebDriverException mid) {
                return false; // the documents are being swapped: ask again
            }
        });
    }

    /** Scrolls the element to the middle of the window, as a person would before using it. */
    public WebElement reveal(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});",
                element);
        return element;
    }

    // ---- Keyboard -------------------------------------------------------------------------------

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    public void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /**
     * Moves focus with Tab (forwards) or Shift+Tab (backwards, when the target comes before the focused
     * element) until one of the candidates has focus, and checks that the sticky bar does not cover it.
     * Only keys move the focus; the page is read to know which way to go and when to stop.
     */
    public WebElement tabTo(List<WebElement> candidates) {
        if (candidates.isEmpty()) {
            fail("Nothing to tab to");
        }
        for (int i = 0; i < 80; i++) {
            WebElement now = focused();
            if (candidates.contains(now)) {
                assertNotObscured(now);
                return now;
            }
            boolean forwards = (Boolean) ((JavascriptExecutor) driver).executeScript(
                    "var now = arguments[0], target = arguments[1];"
                            + "if (!now || now === document.body) return true;"
                            + "return !!(now.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);",
                    now, candidates.get(0));
            if (forwards) {
                press(Keys.TAB);
            } else {
                new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            }
        }
        shot("tab-lost");
        fail("Could not reach " + describe(candidates.get(0)) + " with Tab/Shift+Tab; focus is on " + describe(focused()));
        return null;
    }

    public WebElement tabTo(WebElement target) {
        return tabTo(List.of(target));
    }

    public WebElement tabTo(By target) {
        return tabTo(driver.findElements(target));
    }

    /** The focused element is on screen and not hidden under something else (WCAG 2.4.11). */
    public void assertNotObscured(WebElement element) {
        Object cover = ((JavascriptExecutor) driver).executeScript(
                // The first line box: a link that wraps has a bounding box whose middle can fall between its lines.
                "var e = arguments[0], rs = e.getClientRects(), r = rs.length ? rs[0] : e.getBoundingClientRect();"
                        + "var x = r.left + r.width / 2, y = r.top + r.height / 2;"
                        + "if (y < 0 || y > window.innerHeight || x < 0 || x > window.innerWidth) return 'off screen';"
                        + "var hit = document.elementFromPoint(x, y);"
                        + "if (!hit || hit === e || e.contains(hit) || (e.labels && Array.prototype.indexOf.call(e.labels, hit) >= 0)) return '';"
                        + "return hit.outerHTML.substring(0, 120);",
                element);
        if (!"".equals(cover)) {
            shot("focus-obscured");
            fail("The focused " + describe(element) + " is hidden: " + cover);
        }
    }

    public static String describe(WebElement e) {
        String label = e.getAttribute("aria-label");
        return "<" + e.getTagName() + " id=" + e.getAttribute("id") + (label == null ? "" : " aria-label=" + label)
                + ">" + e.getText();
    }

    // ---- Layout ---------------------------------------------------------------------------------

    /** The page's scroll width and the window's inner width, in CSS pixels. */
    public long[] widths() {
        @SuppressWarnings("unchecked")
        List<Number> w = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        return new long[] { w.get(0).longValue(), w.get(1).longValue() };
    }

    /** Elements that stick out past the right edge of the window (to say what overflows). */
    public String overflowing() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var w = window.innerWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.right > w + 0.5 && out.length < 8) out.push(e.tagName.toLowerCase()"
                        + "    + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '')"
                        + "    + ' right=' + Math.round(r.right));"
                        + "});"
                        + "return out.join(', ');"));
    }

    /** Why the page scrolls sideways (its widths and what sticks out), or null when it fits the window. */
    public String sidewaysScroll() {
        long[] w = widths();
        return w[0] > w[1] ? "scrollWidth " + w[0] + " > innerWidth " + w[1] + "; too wide: " + overflowing() : null;
    }

    public void assertNoHorizontalScroll(String what) {
        String scroll = sidewaysScroll();
        if (scroll != null) {
            shot("overflow-" + what);
            fail(what + " scrolls sideways: " + scroll);
        }
        assertEquals(390, widths()[1], "the window should be phone-sized");
    }

    // ---- What the page is shown on --------------------------------------------------------------

    /** Resizes the window; the page reflows without a reload. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * A viewport of exactly this size, whatever the screen: a window cannot grow past the headless
     * screen (1920x1080 less the browser's frame would not fit), an emulated viewport can.
     */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Emulates the system's colour scheme ({@code prefers-color-scheme}: "light" or "dark") for this tab. */
    public void colourScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Emulates a system set to reduce motion ({@code prefers-reduced-motion: reduce}) for this tab. */
    public void reducedMotion() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    /** Sends this {@code Accept-Language} with every request from now on, as a browser set to that language would. */
    public void acceptLanguage(String languages) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", languages)));
    }

    // ---- Screenshots ----------------------------------------------------------------------------

    /** Saves a PNG of the window under target/screenshots/ and returns its path. */
    public Path shot(String step) {
        try {
            Path file = screenshots().resolve(String.format("%s-%02d-%s.png", name, ++shots, step.replaceAll("[^A-Za-z0-9-]", "-")));
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException | WebDriverException e) {
            System.err.println("No screenshot for " + step + ": " + e);
            return null;
        }
    }

    /**
     * Saves a PNG of the whole page (not only the window; at most 8000 CSS pixels of it) as
     * target/screenshots/NAME.png, for a person to look at every page as a whole.
     */
    public Path wholePage(String fileName) {
        try {
            Path file = screenshots().resolve(fileName.replaceAll("[^A-Za-z0-9-]", "-") + ".png");
            @SuppressWarnings("unchecked")
            List<Number> size = (List<Number>) driver.executeScript("var d = document.documentElement;"
                    + "return [Math.max(d.scrollWidth, window.innerWidth), Math.max(d.scrollHeight, window.innerHeight)];");
            double width = size.get(0).doubleValue();
            double height = Math.min(8000, size.get(1).doubleValue());
            String png = (String) driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)))
                    .get("data");
            Files.write(file, java.util.Base64.getDecoder().decode(png));
            return file;
        } catch (IOException | WebDriverException e) {
            System.err.println("No screenshot " + fileName + ": " + e);
            return null;
        }
    }

    /** target/screenshots/, emptied once per test run so that it holds no pictures from the run before. */
    private static Path screenshots() throws IOException {
        Path dir = Path.of("target", "screenshots");
        synchronized (Chromium.class) {
            if (!cleared) {
                cleared = true;
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> old = Files.list(dir)) {
                        old.forEach(p -> p.toFile().delete());
                    }
                }
            }
        }
        return Files.createDirectories(dir);
    }

    @Override
    public void close() {
        try {
            shot("last");
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }
}
