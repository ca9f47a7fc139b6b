package org.agora.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The message files agree: every key in both locales (Qute would show a missing Korean text in
 * English without a word), the same {@code {placeholders}} in each, and a method of {@link Msg}
 * for every key. Run alone: {@code ./mvnw -q -o test -Dtest=LanguageFilesTest}.
 */
class LanguageFilesTest {

    static final Path DIR = Path.of("src/main/resources/messages");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\}");

    /** Each bundle, by the name its files start with: {@code msg_en.properties}, {@code staff_ko.properties}. */
    static final Map<String, Class<?>> BUNDLES = Map.of("msg", Msg.class, "staff", Staff.class, "board", Board.class,
            "pages", Pages.class, "api", Api.class);

    @Test
    void bothLocalesHaveTheSameKeys() throws IOException {
        for (String b : BUNDLES.keySet()) {
            Map<String, String> en = read(b + "_en.properties");
            Map<String, String> ko = read(b + "_ko.properties");
            assertEquals(Set.of(), difference(en.keySet(), ko.keySet()), "keys in " + b + "_en.properties but not in " + b + "_ko.properties");
            assertEquals(Set.of(), difference(ko.keySet(), en.keySet()), "keys in " + b + "_ko.properties but not in " + b + "_en.properties");
        }
    }

    @Test
    void bothLocalesUseTheSamePlaceholders() throws IOException {
        List<String> differing = new ArrayList<>();
        for (String b : BUNDLES.keySet()) {
            Map<String, String> en = read(b + "_en.properties");
            Map<String, String> ko = read(b + "_ko.properties");
            for (var e : en.entrySet()) {
                String other = ko.get(e.getKey());
                if (other != null && !placeholders(e.getValue()).equals(placeholders(other))) {
                    differing.add(b + ": " + e.getKey() + ": en " + placeholders(e.getValue()) + ", ko " + placeholders(other));
                }
            }
        }
        assertEquals(List.of(), differing, "a message's {parameters} differ between the locales");
    }

    @Test
    void everyKeyIsAMethodOfTheBundleAndBack() throws IOException {
        for (var b : BUNDLES.entrySet()) {
            Set<String> methods = Arrays.stream(b.getValue().getDeclaredMethods()).map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> keys = read(b.getKey() + "_en.properties").keySet();
            String name = b.getValue().getSimpleName();
            assertEquals(Set.of(), difference(methods, keys), "methods of " + name + " without a line in " + b.getKey() + "_en.properties");
            assertEquals(Set.of(), difference(keys, methods), "keys without a method in " + name);
        }
    }

    /** Qute 3.33 builds a bundle of at most 300 messages (past that its generated resolver fails verification at start-up). */
    @Test
    void everyBundleStaysWithinWhatQuteCanBuild() {
        for (Class<?> bundle : BUNDLES.values()) {
            int n = bundle.getDeclaredMethods().length;
            assertTrue(n <= 300, bundle.getSimpleName() + " has " + n + " messages; Qute builds at most 300 per bundle: start another (README)");
        }
    }

    @Test
    void theChecksSeeADifference() {
        // The checks above must be able to fail: a missing key and a renamed placeholder are seen.
        assertEquals(Set.of("b"), difference(Set.of("a", "b"), Set.of("a")));
        assertTrue(!placeholders("{name} has {n}").equals(placeholders("{name} has {count}")));
    }

    /** Key to value, as Qute reads the file: one {@code key=value} per line, {@code #} comments; a key twice fails. */
    static Map<String, String> read(String file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            assertTrue(eq > 0, file + " line " + (i + 1) + " is not key=value: " + line);
            String key = line.substring(0, eq).strip();
            assertTrue(out.put(key, line.substring(eq + 1).strip()) == null, file + " line " + (i + 1) + ": key " + key + " twice");
        }
        return out;
    }

    private static Set<String> placeholders(String value) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
