package org.agora.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown to HTML for lessons and quizzes: CommonMark plus GFM tables, raw HTML escaped (HTML
 * comments dropped), URLs sanitised, GitHub alerts as callouts and {@code [P3]} citations as links
 * to the source reader. Thread-safe; one shared instance is enough.
 */
public final class MarkdownRenderer {

    /** The essay has this many numbered paragraphs: {@code [P1]} .. {@code [P9]} are valid citations. */
    public static final int SOURCE_PARAGRAPHS = 9;

    /** Any {@code [P<number>]}, valid or not (validity: 1..{@link #SOURCE_PARAGRAPHS}). */
    static final Pattern CITATION = Pattern.compile("\\[P(\\d{1,4})\\]");

    private static final Pattern RENDERED_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ALERT = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]",
            Pattern.CASE_INSENSITIVE);

    /**
     * The only schemes a link or an image may name; any other one, such as {@code javascript:},
     * {@code vbscript:} or {@code data:} (which the library allows by default), leaves an empty URL.
     * Relative links and fragments have no scheme and stay. The check runs after entities are decoded
     * and ignores case, so {@code &#100;ata:} and {@code DaTa:} are refused too.
     */
    private static final List<String> URL_SCHEMES = List.of("http", "https", "mailto");

    private static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

    private final Parser parser;
    private final Parser inlineParser;
    private final HtmlRenderer html;
    private final TextContentRenderer text;
    private final HtmlRenderer untrusted;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create());
        parser = Parser.builder().extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        // Paragraphs only: "1. Intro" or "# x" in a title or an option stays text, never a list or heading.
        inlineParser = Parser.builder().enabledBlockTypes(Set.of()).build();
        html = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(URL_SCHEMES))
                .nodeRendererFactory(AgoraHtmlRenderer::new).build();
        // Learners' and graders' Markdown: no raw HTML (escaped), safe URL schemes only, links marked
        // as user content, and no images at all (a remote image would tell its host who reads it).
        untrusted = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(URL_SCHEMES))
                .attributeProviderFactory(context -> (node, tag, attrs) -> {
                    if (node instanceof Link) {
                        attrs.put("rel", "nofollow ugc noopener noreferrer");
                    }
                })
                .nodeRendererFactory(ImageAsText::new).build();
        text = TextContentRenderer.builder().extensions(extensions)
                .lineBreakRendering(LineBreakRendering.COMPACT)
                .nodeRendererFactory(CitationTextRenderer::new).build();
    }

    /** The shared instance. */
    public static MarkdownRenderer instance() {
        return INSTANCE;
    }

    /** Whether {@code [Pn]} names a paragraph of the essay. */
    public static boolean isValidCitation(int paragraph) {
        return paragraph >= 1 && paragraph <= SOURCE_PARAGRAPHS;
    }

    /** Block Markdown to HTML. */
    public String render(String markdown) {
        Node doc = parse(markdown);
        return renderBlock(doc);
    }

    /**
     * Markdown that a learner or a grader wrote (an essay answer, a comment) to HTML that is safe to
     * show anyone: raw HTML stays visible as text, links keep only http, https and mailto, and an
     * image becomes its description in brackets.
     */
    public String renderUntrusted(String markdown) {
        return untrusted.render(parser.parse(markdown == null ? "" : markdown));
    }

    /**
     * Inline Markdown (a title, an option) to HTML without a surrounding {@code <p>}. Block syntax is
     * not recognised ({@code 1. x} stays text); several paragraphs are joined with {@code <br />}.
     */
    public String renderInline(String markdown) {
        Node doc = inlineParser.parse(markdown == null ? "" : markdown);
        StringBuilder sb = new StringBuilder();
        for (Node p = doc.getFirstChild(); p != null; p = p.getNext()) {
            if (sb.length() > 0) {
                sb.append("<br />");
            }
            transform(p);
            for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
                sb.append(html.render(c));
            }
        }
        return sb.toString().strip();
    }

    /** Markdown to plain text on one line (for titles, option texts, word counts). */
    /**
     * The text of HTML this renderer wrote: tags removed, the five entities it writes decoded.
     * Exact for its own output (well-formed, every {@code <} and {@code &} of the text escaped).
     */
    public static String textOfRendered(String html) {
        return html == null ? "" : RENDERED_TAG.matcher(html).replaceAll("").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    public String plainText(String markdown) {
        return plainTextInline(markdown);
    }

    // ---------------------------------------------------------------- package-private helpers

    /** Full block parse with source spans (line indexes relative to {@code markdown}). */
    Node parse(String markdown) {
        return parser.parse(markdown == null ? "" : markdown);
    }

    /** Plain text of inline Markdown, white space collapsed to single spaces. */
    public String plainTextInline(String markdown) {
        Node doc = inlineParser.parse(markdown == null ? "" : markdown);
        return collapse(text.render(doc));
    }

    /** Plain text of a node (any kind), white space collapsed. */
    String plainText(Node node) {
        return collapse(text.render(node));
    }

    /** Applies citations and alerts to the node's subtree, then renders it. Mutates the tree. */
    String renderBlock(Node node) {
        return html.render(transform(node));
    }

    /** Renders the given blocks one after the other. */
    public String renderBlocks(List<Node> nodes) {
        StringBuilder sb = new StringBuilder();
        for (Node n : nodes) {
            sb.append(renderBlock(n));
        }
        return sb.toString();
    }

    /** Renders the children of a node (e.g. a blockquote's content without the blockquote). */
    String renderChildren(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            children.add(c);
        }
        return renderBlocks(children);
    }

    /** The alert kind of a blockquote ({@code note}, {@code tip}, ...), or null when it is a plain quote. */
    static String alertKind(BlockQuote quote) {
        Node first = quote.getFirstChild();
        if (!(first instanceof Paragraph) || !(first.getFirstChild() instanceof Text marker)) {
            return null;
        }
        Node after = marker.getNext();
        if (after != null && !(after instanceof SoftLineBreak) && !(after instanceof HardLineBreak)) {
            return null;
        }
        Matcher m = ALERT.matcher(marker.getLiteral().strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** Removes the {@code [!KIND]} marker line of an alert blockquote. */
    static void stripAlertMarker(BlockQuote quote) {
        Node first = quote.getFirstChild();
        Node marker = first.getFirstChild();
        Node after = marker.getNext();
        marker.unlink();
        if (after != null) {
            after.unlink();
        }
        if (first.getFirstChild() == null) {
            first.unlink();
        }
    }

    /**
     * Replaces a heading by one that renders with {@code id="..."}, its content being
     * {@code inlineMarkdown} (the heading's text without its {@code {#id}} attribute).
     */
    Node anchorHeading(Heading heading, String id, String inlineMarkdown) {
        AnchoredHeading anchored = new AnchoredHeading(heading.getLevel(), id);
        anchored.setSourceSpans(heading.getSourceSpans());
        Node doc = inlineParser.parse(inlineMarkdown == null ? "" : inlineMarkdown);
        for (Node p = doc.getFirstChild(); p != null; p = p.getNext()) {
            Node c = p.getFirstChild();
            while (c != null) {
                Node next = c.getNext();
                anchored.appendChild(c);
                c = next;
            }
        }
        heading.insertBefore(anchored);
        heading.unlink();
        return anchored;
    }

    /** Every node of a subtree, in document order (the root first). */
    static List<Node> descendants(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collect(c, out);
        }
    }

    static boolean insideLink(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Link || p instanceof Image) {
                return true;
            }
        }
        return false;
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * Citations become links, alerts become callouts. Returns the node to render in place of
     * {@code root} (a callout when the root itself is an alert blockquote).
     */
    private static Node transform(Node root) {
        for (Node n : descendants(root)) {
            if (n instanceof Text t && !insideLink(t)) {
                splitCitations(t);
            } else if (n instanceof BlockQuote q && n != root) {
                calloutIfAlert(q);
            }
        }
        if (root instanceof BlockQuote q) {
            return calloutIfAlert(q);
        }
        return root;
    }

    /** Replaces an alert blockquote by a callout (in place when it has a parent); returns what replaced it. */
    private static Node calloutIfAlert(BlockQuote quote) {
        String kind = alertKind(quote);
        if (kind == null) {
            return quote;
        }
        stripAlertMarker(quote);
        Callout callout = new Callout(kind);
        callout.setSourceSpans(quote.getSourceSpans());
        Node c = quote.getFirstChild();
        while (c != null) {
            Node next = c.getNext();
            callout.appendChild(c);
            c = next;
        }
        if (quote.getParent() != null) {
            quote.insertBefore(callout);
            quote.unlink();
        }
        return callout;
    }

    private static void splitCitations(Text t) {
        String literal = t.getLiteral();
        Matcher m = CITATION.matcher(literal);
        int last = 0;
        List<Node> parts = new ArrayList<>();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (!isValidCitation(n)) {
                continue;
            }
            if (m.start() > last) {
                parts.add(new Text(literal.substring(last, m.start())));
            }
            parts.add(new Citation(n));
            last = m.end();
        }
        if (parts.isEmpty()) {
            return;
        }
        if (last < literal.length()) {
            parts.add(new Text(literal.substring(last)));
        }
        for (Node p : parts) {
            t.insertBefore(p);
        }
        t.unlink();
    }

    // ---------------------------------------------------------------- custom nodes and renderers

    /** A {@code [Pn]} citation. */
    static final class Citation extends CustomNode {
        final int paragraph;

        Citation(int paragraph) {
            this.paragraph = paragraph;
        }
    }

    /** A GitHub alert rendered as an aside. */
    static final class Callout extends CustomBlock {
        final String kind;

        Callout(String kind) {
            this.kind = kind;
        }
    }

    /** A heading with an explicit anchor id. */
    static final class AnchoredHeading extends CustomBlock {
        final int level;
        final String id;

        AnchoredHeading(int level, String id) {
            this.level = level;
            this.id = id;
        }
    }

    /** Renders an image as "[image: description]": untrusted Markdown loads nothing from elsewhere. */
    private static final class ImageAsText implements NodeRenderer {
        private final HtmlWriter out;

        ImageAsText(HtmlNodeRendererContext context) {
            this.out = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            StringBuilder alt = new StringBuilder();
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text t) {
                    alt.append(t.getLiteral());
                }
            }
            out.text("[image" + (alt.isEmpty() ? "" : ": " + alt) + "]");
        }
    }

    private static final class AgoraHtmlRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter out;

        AgoraHtmlRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.out = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Citation.class, Callout.class, AnchoredHeading.class, HtmlBlock.class, HtmlInline.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Citation c) {
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("class", "cite");
                attrs.put("href", "/source#p" + c.paragraph);
                out.tag("a", attrs);
                out.text("[P" + c.paragraph + "]");
                out.tag("/a");
            } else if (node instanceof Callout c) {
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("class", "callout callout-" + c.kind);
                attrs.put("role", "note");
                out.line();
                out.tag("aside", attrs);
                out.line();
                out.tag("p", Map.of("class", "callout-title"));
                out.text(c.kind.substring(0, 1).toUpperCase(Locale.ROOT) + c.kind.substring(1));
                out.tag("/p");
                out.line();
                renderChildren(c);
                out.tag("/aside");
                out.line();
            } else if (node instanceof AnchoredHeading h) {
                String tag = "h" + h.level;
                out.line();
                out.tag(tag, Map.of("id", h.id));
                renderChildren(h);
                out.tag("/" + tag);
                out.line();
            } else if (node instanceof HtmlBlock b) {
                if (!isComment(b.getLiteral())) {
                    out.line();
                    out.tag("p");
                    out.text(b.getLiteral());
                    out.tag("/p");
                    out.line();
                }
            } else if (node instanceof HtmlInline i) {
                if (!isComment(i.getLiteral())) {
                    out.text(i.getLiteral());
                }
            }
        }

        private void renderChildren(Node parent) {
            Node c = parent.getFirstChild();
            while (c != null) {
                Node next = c.getNext();
                context.render(c);
                c = next;
            }
        }

        private static boolean isComment(String literal) {
            String s = literal.strip();
            return s.startsWith("<!--") && s.endsWith("-->");
        }
    }

    private static final class CitationTextRenderer implements NodeRenderer {
        private final TextContentNodeRendererContext context;

        CitationTextRenderer(TextContentNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Citation.class, Callout.class, AnchoredHeading.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Citation c) {
                context.getWriter().write("[P" + c.paragraph + "]");
            } else {
                Node c = node.getFirstChild();
                while (c != null) {
                    Node next = c.getNext();
                    context.render(c);
                    c = next;
                }
                context.getWriter().block();
            }
        }
    }
}
