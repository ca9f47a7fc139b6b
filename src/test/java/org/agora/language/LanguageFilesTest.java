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

    @Test
    void bothLocalesHaveTheSameKeys() throws IOException {
        Map<String, String> en = read("msg_en.properties");
        Map<String, String> ko = read("msg_ko.properties");
        assertEquals(Set.of(), difference(en.keySet(), ko.keySet()), "keys in msg_en.properties but not in msg_ko.properties");
        assertEquals(Set.of(), difference(ko.keySet(), en.keySet()), "keys in msg_ko.properties but not in msg_en.properties");
    }

    @Test
    void bothLocalesUseTheSamePlaceholders() throws IOException {
        Map<String, String> en = read("msg_en.properties");
        Map<String, String> ko = read("msg_ko.properties");
        List<String> differing = new ArrayList<>();
        for (var e : en.entrySet()) {
            String other = ko.get(e.getKey());
            if (other != null && !placeholders(e.getValue()).equals(placeholders(other))) {
                differing.add(e.getKey() + ": en " + placeholders(e.getValue()) + ", ko " + placeholders(other));
            }
        }
        assertEquals(List.of(), differing, "a message's {parameters} differ between the locales");
    }

    @Test
    void everyKeyIsAMethodOfTheBundleAndBack() throws IOException {
        Set<String> methods = Arrays.stream(Msg.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> keys = read("msg_en.properties").keySet();
        assertEquals(Set.of(), difference(methods, keys), "methods of Msg without a line in msg_en.properties");
        assertEquals(Set.of(), difference(keys, methods), "keys without a method in Msg");
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
