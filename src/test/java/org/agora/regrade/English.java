package org.agora.regrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Phrase} in English as {@code staff_en.properties} writes it, for the plain unit tests
 * (no Quarkus to resolve the bundle). The regrade messages hold no sections, and their parameters
 * come in the order the English text names them, so filling the placeholders in that order is the
 * bundle's own output.
 */
final class English {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\}");
    private static final Map<String, String> TEXTS = read();

    private English() {
    }

    static String of(Phrase phrase) {
        if (phrase == null) {
            return null;
        }
        String text = TEXTS.get(phrase.key());
        if (text == null) {
            throw new AssertionError("no message " + phrase.key() + " in staff_en.properties");
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        int i = 0;
        for (String name : names) {
            Object arg = phrase.args().get(i++);
            text = text.replace("{" + name + "}", arg instanceof Phrase p ? of(p) : String.valueOf(arg));
        }
        return text;
    }

    static List<String> of(List<Phrase> phrases) {
        List<String> out = new ArrayList<>();
        phrases.forEach(p -> out.add(of(p)));
        return out;
    }

    private static Map<String, String> read() {
        Map<String, String> out = new HashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("src/main/resources/messages/staff_en.properties"), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
