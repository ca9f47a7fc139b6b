package org.agora.interchange.gift;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GIFT text in its format, as Markdown blocks. {@code [markdown]} is kept; {@code [plain]} is
 * escaped so that it shows as written; {@code [moodle]} (line breaks kept) and {@code [html]}
 * turn their simple tags ({@code b strong i em p br code pre}) into Markdown. Other tags stay as
 * written, for the renderer to escape (it shows raw HTML as text): a warning says so.
 */
final class MarkdownText {

    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>", Pattern.DOTALL);
    /** What starts a heading, quote, list item, thematic break, setext underline or {@code = answer} line. */
    private static final Pattern LINE_START = Pattern.compile(
            "^(\\s*)(?:([>=]|#{1,6}(?=\\s|$)|[-+*](?=\\s|$)|[-*_](?=(?:\\s*[-*_]){2,}\\s*$))|(\\d{1,9})([.)]))");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos|nbsp));");
    private static final String BREAK = "\\\n";

    private MarkdownText() {
    }

    /** The text as Markdown blocks (paragraphs and fenced code), in order. */
    static List<String> blocks(GiftText t, Consumer<String> warn) {
        String md = switch (t.format()) {
            case GiftText.MARKDOWN -> t.text();
            case GiftText.PLAIN -> escape(t.text(), true).replace("\n", BREAK);
            case GiftText.HTML -> html(t.text(), false, warn);
            default -> html(t.text(), true, warn);
        };
        List<String> blocks = new ArrayList<>();
        for (String b : md.split("\n[ \t]*\n")) {
            String s = b.strip();
            while (s.endsWith("\\")) {
                s = s.substring(0, s.length() - 1).strip(); // a line break at a paragraph's end shows nothing
            }
            if (!s.isEmpty()) {
                blocks.add(s.startsWith("```") ? s : lineStarts(s, t.format().equals(GiftText.MARKDOWN)));
            }
        }
        return blocks;
    }

    /** The text on one line: its blocks joined by spaces (an option, a title). */
    static String inline(GiftText t, Consumer<String> warn) {
        List<String> blocks = blocks(t, warn);
        if (blocks.size() > 1) {
            warn.accept("a text of several paragraphs or lines had to fit on one line (an option or a title): joined with spaces");
        }
        return String.join(" ", blocks).replace(BREAK, " ").replace('\n', ' ');
    }

    /** Literal text that must show as written: Markdown's punctuation escaped. */
    static String escape(String s, boolean plain) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]{}<".indexOf(c) >= 0 || (plain && c == '&')) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** A list marker, heading, quote, thematic break or {@code = answer} line would change the block's meaning. */
    private static String lineStarts(String block, boolean markdown) {
        List<String> out = new ArrayList<>();
        for (String line : block.split("\n", -1)) {
            Matcher m = LINE_START.matcher(line);
            if (m.find() && (!markdown || "=".equals(m.group(2)))) {
                line = m.group(2) != null ? m.group(1) + "\\" + line.substring(m.group(1).length())
                        : m.group(1) + m.group(3) + "\\" + line.substring(m.end(3));
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    private static String html(String s, boolean lineBreaks, Consumer<String> warn) {
        StringBuilder out = new StringBuilder();
        Set<String> kept = new LinkedHashSet<>();
        Matcher m = TAG.matcher(s);
        int at = 0;
        while (m.find(at)) {
            out.append(text(s.substring(at, m.start()), lineBreaks));
            at = m.end();
            if (m.group(2) == null) {
                continue; // a comment shows nothing, in Moodle as in Markdown
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            switch (name) {
                case "b", "strong" -> out.append("**");
                case "i", "em" -> out.append('*');
                case "br" -> out.append(BREAK);
                case "p", "div" -> out.append("\n\n");
                case "code", "pre" -> {
                    if (closing) {
                        break; // a stray closing tag: nothing to close
                    }
                    int end = s.toLowerCase(Locale.ROOT).indexOf("</" + name, at);
                    String inner = s.substring(at, end < 0 ? s.length() : end);
                    String code = entities(inner.replaceAll("<[^>]*>", ""));
                    at = end < 0 ? s.length() : Math.max(at, s.indexOf('>', end) + 1);
                    out.append(name.equals("pre") ? fence(code) : span(code));
                }
                default -> {
                    kept.add(name);
                    out.append(m.group());
                }
            }
        }
        out.append(text(s.substring(at), lineBreaks));
        if (!kept.isEmpty()) {
            warn.accept("HTML " + String.join(", ", kept.stream().map(n -> "<" + n + ">").toList())
                    + " has no simple Markdown form: kept as written, and the page shows raw HTML as text; rewrite it in Markdown");
        }
        return out.toString().replace("****", ""); // an empty <b></b>
    }

    private static String text(String s, boolean lineBreaks) {
        String t = escape(s, false);
        return lineBreaks ? t.replace("\n", BREAK) : t.replace('\n', ' ');
    }

    private static String fence(String code) {
        String ticks = code.contains("```") ? "````" : "```";
        return "\n\n" + ticks + "\n" + code.strip() + "\n" + ticks + "\n\n";
    }

    private static String span(String code) {
        String ticks = code.contains("`") ? "``" : "`";
        String pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
        return ticks + pad + code.replace('\n', ' ') + pad + ticks;
    }

    /** The few entities that matter in code, where Markdown shows them as written. */
    static String entities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String r;
            if (m.group(1) != null || m.group(2) != null) {
                int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                r = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
            } else {
                r = switch (m.group(3)) {
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> "\u00A0";
                };
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
