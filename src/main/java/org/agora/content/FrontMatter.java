package org.agora.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Splits a content file into its YAML front matter and its Markdown body, and reads the front
 * matter as composed YAML nodes so that every key keeps its line. Never throws on bad input: every
 * problem is added to the list given.
 */
final class FrontMatter {

    /** One {@code key: value} of the front matter; {@code line} is the key's line in the file (1-based). */
    record Entry(String key, Node value, int line) {
    }

    /** The module's language, and so every content file's unless it says otherwise. */
    static final String DEFAULT_LANGUAGE = "en";
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern INT = Pattern.compile("[+-]?\\d{1,9}");

    /** The text normalised: BOM dropped, CRLF and CR as LF. */
    final String text;
    /** The Markdown after the front matter. */
    final String body;
    /** Lines of the file before the body (0 when there is no front matter). */
    final int bodyOffset;
    final Map<String, Entry> entries = new LinkedHashMap<>();

    private final String path;
    private final List<Problem> problems;

    private FrontMatter(String path, String text, List<Problem> problems) {
        this.path = path;
        this.problems = problems;
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.text = t.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = this.text.split("\n", -1);
        if (lines.length == 0 || !lines[0].stripTrailing().equals("---")) {
            body = this.text;
            bodyOffset = 0;
            return;
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(new Problem(path, 1,
                    "the front matter opened by `---` on line 1 is never closed by a `---` line"));
            body = String.join("\n", List.of(lines).subList(1, lines.length));
            bodyOffset = 1;
            return;
        }
        String yaml = String.join("\n", List.of(lines).subList(1, close));
        body = String.join("\n", List.of(lines).subList(close + 1, lines.length));
        bodyOffset = close + 1;
        readYaml(yaml);
    }

    static FrontMatter read(String path, String text, List<Problem> problems) {
        return new FrontMatter(path, text, problems);
    }

    private void readYaml(String yaml) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setAllowRecursiveKeys(false);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            // The context ("while parsing a flow sequence" / "a quoted scalar") starts at the offending
            // key's value; the problem mark is often only where the parser gave up, lines later.
            int line = e.getContextMark() != null ? e.getContextMark().getLine() + 2
                    : e.getProblemMark() != null ? e.getProblemMark().getLine() + 2 : 1;
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(new Problem(path, line, "the front matter is not valid YAML: " + oneLine(what)));
            return;
        } catch (YAMLException | IllegalArgumentException e) {
            problems.add(new Problem(path, 1, "the front matter is not valid YAML: " + oneLine(e.getMessage())));
            return;
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(new Problem(path, line(root), "the front matter must be `key: value` lines"));
            return;
        }
        for (NodeTuple tuple : map.getValue()) {
            Node k = tuple.getKeyNode();
            if (!(k instanceof ScalarNode ks)) {
                problems.add(new Problem(path, line(k), "a front-matter key must be a plain word"));
                continue;
            }
            String key = ks.getValue();
            Entry previous = entries.get(key);
            if (previous != null) {
                problems.add(new Problem(path, line(k),
                        "duplicate front-matter key `" + key + "` (first on line " + previous.line() + ")"));
                continue;
            }
            entries.put(key, new Entry(key, tuple.getValueNode(), line(k)));
        }
    }

    /** Reports every key not in {@code known}, with a suggestion when one is close. */
    void rejectUnknownKeys(Set<String> known, String kind) {
        for (Entry e : entries.values()) {
            if (known.contains(e.key())) {
                continue;
            }
            String best = null;
            int bestDistance = 3;
            for (String k : known) {
                int d = Ids.distance(e.key().toLowerCase(Locale.ROOT), k);
                if (d < bestDistance && d * 2 < e.key().length()) {
                    best = k;
                    bestDistance = d;
                }
            }
            String hint = best != null ? " (did you mean `" + best + "`?)"
                    : " (" + kind + " keys: " + String.join(", ", known.stream().sorted().toList()) + ")";
            problems.add(new Problem(path, e.line(), "unknown front-matter key `" + e.key() + "`" + hint));
        }
    }

    Entry get(String key) {
        return entries.get(key);
    }

    /** 1-based line in the file of a YAML node. */
    int line(Node node) {
        return node.getStartMark() != null ? node.getStartMark().getLine() + 2 : 1;
    }

    void problem(Entry e, String message) {
        problems.add(new Problem(path, e.line(), message));
    }

    // ---------------------------------------------------------------- typed values (null + a problem when bad)

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && (s.getTag().equals(Tag.NULL) || s.getValue().isEmpty());
    }

    /** A non-empty scalar as text, or null (and a problem). */
    String string(Entry e) {
        if (e.value() instanceof ScalarNode s && !isNull(s)) {
            return s.getValue().strip();
        }
        problem(e, "`" + e.key() + "` needs a text value"
                + (isNull(e.value()) ? " (remove the key to use the default)" : ""));
        return null;
    }

    /** An id value ({@code [a-z0-9-]+}), or null (and a problem). */
    String id(Entry e) {
        String s = string(e);
        if (s == null) {
            return null;
        }
        if (!Ids.isValid(s)) {
            problem(e, "`" + e.key() + "` must be lower-case letters, digits and hyphens ([a-z0-9-]+), not `" + s + "`");
            return null;
        }
        return s;
    }

    /** The content's language ({@code lang:}, a language tag such as {@code ko}); English when absent or bad (and a problem). */
    String language() {
        Entry e = get("lang");
        String s = e == null ? null : string(e);
        if (s == null) {
            return DEFAULT_LANGUAGE;
        }
        Locale tag = Locale.forLanguageTag(s);
        // forLanguageTag drops what it cannot read, so a tag it gives back unchanged is well formed.
        if (!tag.toLanguageTag().equalsIgnoreCase(s) || !LANGUAGES.contains(tag.getLanguage())) {
            problem(e, "`lang` must be a language tag such as `ko` or `en`, not `" + s + "`");
            return DEFAULT_LANGUAGE;
        }
        return tag.toLanguageTag();
    }

    /** A whole number within [min, max], or null (and a problem that says what is expected). */
    Integer integer(Entry e, int min, int max, String expected) {
        if (e.value() instanceof ScalarNode s && !isNull(s)) {
            String v = s.getValue().strip();
            if (INT.matcher(v).matches()) {
                long n = Long.parseLong(v);
                if (n >= min && n <= max) {
                    return (int) n;
                }
            }
            problem(e, "`" + e.key() + "` must be " + expected + ", not `" + v + "`");
            return null;
        }
        problem(e, "`" + e.key() + "` must be " + expected);
        return null;
    }

    /** true/false (also yes/no, on/off), or null (and a problem). */
    Boolean bool(Entry e) {
        if (e.value() instanceof ScalarNode s && !isNull(s)) {
            String v = s.getValue().strip().toLowerCase(Locale.ROOT);
            switch (v) {
                case "true", "yes", "on" -> {
                    return true;
                }
                case "false", "no", "off" -> {
                    return false;
                }
                default -> {
                }
            }
            problem(e, "`" + e.key() + "` must be true or false, not `" + s.getValue().strip() + "`");
            return null;
        }
        problem(e, "`" + e.key() + "` must be true or false");
        return null;
    }

    /** A list of non-empty texts (a single text counts as a list of one), or null (and a problem). */
    List<Entry> list(Entry e) {
        List<Entry> out = new ArrayList<>();
        if (e.value() instanceof ScalarNode s && !isNull(s)) {
            out.add(new Entry(e.key(), s, e.line()));
            return out;
        }
        if (e.value() instanceof SequenceNode seq) {
            boolean ok = true;
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !isNull(s)) {
                    out.add(new Entry(e.key(), s, line(item)));
                } else {
                    problems.add(new Problem(path, line(item), "each item of `" + e.key() + "` must be a text"));
                    ok = false;
                }
            }
            return ok ? out : null;
        }
        problem(e, "`" + e.key() + "` must be a list (`- item` lines or `[a, b]`)");
        return null;
    }

    static String scalar(Entry e) {
        return ((ScalarNode) e.value()).getValue().strip();
    }

    private static String oneLine(String s) {
        return s == null ? "syntax error" : s.replaceAll("\\s+", " ").strip();
    }
}
