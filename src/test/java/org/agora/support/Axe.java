package org.agora.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * An axe-core audit of the page a browser shows, limited to WCAG 2.1 A and AA. axe-core is the copy
 * committed under {@code src/test/resources/axe/} (see its README): a test never fetches it. It is
 * injected through WebDriver, which the page's Content-Security-Policy does not govern.
 */
public final class Axe {

    /** The success criteria the audit holds pages to. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SOURCE = load();

    /** One element a rule fails on: its CSS selector and axe's summary of what to fix. */
    public record Node(String target, String summary) {
    }

    /** A rule the page breaks, on one or more elements. */
    public record Violation(String rule, String impact, String help, List<Node> nodes) {

        /** "color-contrast (serious): Elements must meet minimum color contrast ratio thresholds", then each element. */
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + nodes.stream()
                    .map(n -> "\n      at " + n.target() + "\n         " + n.summary().replace("\n", "\n         "))
                    .collect(Collectors.joining());
        }
    }

    private Axe() {
    }

    /** The WCAG 2.1 A/AA violations on the page the driver shows now (empty when it passes). */
    @SuppressWarnings("unchecked")
    public static List<Violation> audit(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SOURCE);
        }
        Object result = js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + "  .then(function (r) {"
                        + "    done(r.violations.map(function (v) {"
                        + "      return {rule: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.map(function (n) {"
                        + "        return {target: n.target.join(' '), summary: n.failureSummary || ''};"
                        + "      })};"
                        + "    }));"
                        + "  }, function (e) { done('axe failed: ' + e); });",
                TAGS);
        if (result instanceof String failure) {
            throw new IllegalStateException(failure);
        }
        return ((List<Map<String, Object>>) result).stream().map(v -> new Violation((String) v.get("rule"),
                (String) v.get("impact"), (String) v.get("help"), ((List<Map<String, Object>>) v.get("nodes")).stream()
                        .map(n -> new Node((String) n.get("target"), (String) n.get("summary"))).toList()))
                .toList();
    }

    /** The rule ids of the violations, for short reports: "color-contrast, label". */
    public static String rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).collect(Collectors.joining(", "));
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources/axe/axe.min.js is missing (see the README there)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
