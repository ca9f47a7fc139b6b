package org.agora.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** The raw text of headings and their Pandoc-style attributes {@code {#id key=value}}. */
final class Headings {

    /** One attribute: {@code key} is {@code #} for {@code #id}; {@code value} is null for a bare word. */
    record Attr(String key, String value) {
        String shown() {
            return key.equals("#") ? "#" + value : value == null ? key : key + "=" + value;
        }
    }

    /** A heading's text without its attributes, and the attributes (empty when none). */
    record Split(String text, List<Attr> attrs) {
    }

    private static final Pattern ATX_OPEN = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+|$)");
    private static final Pattern ATX_CLOSE = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");
    private static final Pattern TRAILING_ATTRS = Pattern.compile("(?<!\\\\)\\{([^{}]*)\\}\\s*$");
    private static final Pattern TOKEN = Pattern.compile("\\s*([^\\s=]+)(?:=(\"[^\"]*\"|'[^']*'|\\S*))?");

    private Headings() {
    }

    /** The raw Markdown of a heading's content, from the source it was parsed from. */
    static String raw(Heading heading, String source) {
        List<SourceSpan> spans = heading.getSourceSpans();
        if (spans.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (SourceSpan s : spans) {
            lines.add(source.substring(s.getInputIndex(), s.getInputIndex() + s.getLength()));
        }
        Matcher open = ATX_OPEN.matcher(lines.get(0));
        if (open.find()) {
            String content = lines.get(0).substring(open.end());
            content = ATX_CLOSE.matcher(content).replaceFirst("");
            return content.strip();
        }
        // setext: content lines, then the underline
        List<String> content = lines.subList(0, Math.max(1, lines.size() - 1));
        return String.join("\n", content.stream().map(String::strip).toList()).strip();
    }

    /**
     * Splits off trailing {@code {...}} attributes. Braces count as attributes only when their first
     * token is {@code #id} or {@code key=value}; {@code ## Sets {1, 2}} keeps its braces as text.
     */
    static Split split(String raw) {
        Matcher m = TRAILING_ATTRS.matcher(raw);
        if (!m.find()) {
            return new Split(raw.strip(), List.of());
        }
        String inside = m.group(1).strip();
        if (!(inside.startsWith("#") || inside.matches("^[A-Za-z][\\w-]*=.*"))) {
            return new Split(raw.strip(), List.of());
        }
        List<Attr> attrs = new ArrayList<>();
        Matcher t = TOKEN.matcher(inside);
        while (t.find()) {
            String key = t.group(1);
            String value = t.group(2);
            if (value == null) {
                if (key.startsWith("#")) {
                    attrs.add(new Attr("#", key.substring(1)));
                } else {
                    attrs.add(new Attr(key, null));
                }
            } else {
                if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                attrs.add(new Attr(key, value));
            }
        }
        return new Split(raw.substring(0, m.start()).strip(), attrs);
    }

    /** 1-based line in the file of a node parsed from a body that starts after {@code offset} lines. */
    static int line(Node node, int offset, int fallback) {
        Node n = node;
        while (n != null) {
            if (!n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans().get(0).getLineIndex() + offset + 1;
            }
            n = n.getParent();
        }
        return fallback;
    }

    /** 1-based line of the last source line of a node. */
    static int lastLine(Node node, int offset, int fallback) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return fallback;
        }
        return spans.get(spans.size() - 1).getLineIndex() + offset + 1;
    }

    /** The raw source of a block (its lines joined with newlines), e.g. of a list item's paragraph. */
    static String source(Node block, String source) {
        List<String> lines = new ArrayList<>();
        for (SourceSpan s : block.getSourceSpans()) {
            lines.add(spanText(s, source));
        }
        return String.join("\n", lines);
    }

    /** Whether a block's first line, as written, is the given marker (a {@code > [!RUBRIC]} line, say). */
    static boolean firstLineIs(Node block, String source, Pattern marker) {
        List<SourceSpan> spans = block.getSourceSpans();
        return !spans.isEmpty() && marker.matcher(spanText(spans.get(0), source)).matches();
    }

    /** The text of one source span (one line of a block, as written). */
    static String spanText(SourceSpan span, String source) {
        return source.substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
    }
}
