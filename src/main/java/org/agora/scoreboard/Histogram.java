package org.agora.scoreboard;

import java.util.List;
import org.agora.language.Board;

/** The score histogram as inline SVG, drawn on the server so that it needs no script or library. */
final class Histogram {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 220;
    private static final int BASE = 185;
    private static final int LEFT = 30;

    private Histogram() {
    }

    static String svg(List<Integer> bins) {
        return svg(bins, "Scores of first attempts", null);
    }

    /**
     * Ten bars of counts per ten percent; {@code what} opens the image's text alternative, which
     * with the axis is in the language of {@code texts} (English when null).
     */
    static String svg(List<Integer> bins, String what, Board texts) {
        int max = Math.max(1, bins.stream().mapToInt(Integer::intValue).max().orElse(1));
        int slot = (WIDTH - LEFT) / bins.size();
        StringBuilder label = new StringBuilder(escape(texts == null ? what + ", in tens of percent" : texts.scoreboard_histogram_tens(what)))
                .append(": ");
        StringBuilder bars = new StringBuilder();
        for (int i = 0; i < bins.size(); i++) {
            int n = bins.get(i);
            int h = (int) Math.round((BASE - 20) * (double) n / max);
            int x = LEFT + i * slot + 4;
            String range = (i * 10) + "–" + (i == bins.size() - 1 ? 100 : i * 10 + 9) + "%";
            label.append(range).append(": ").append(n).append(i < bins.size() - 1 ? ", " : ".");
            bars.append("<rect x=\"").append(x).append("\" y=\"").append(BASE - h).append("\" width=\"").append(slot - 8)
                    .append("\" height=\"").append(h).append("\" class=\"bar\"><title>").append(range).append(": ")
                    .append(n).append("</title></rect>");
            bars.append("<text x=\"").append(x + (slot - 8) / 2).append("\" y=\"").append(BASE - h - 4)
                    .append("\" text-anchor=\"middle\" class=\"count\">").append(n).append("</text>");
            bars.append("<text x=\"").append(x + (slot - 8) / 2).append("\" y=\"").append(BASE + 16)
                    .append("\" text-anchor=\"middle\" class=\"axis\">").append(i * 10).append("</text>");
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\""
                + label + "\" class=\"histogram\"><line x1=\"" + LEFT + "\" y1=\"" + BASE + "\" x2=\"" + WIDTH + "\" y2=\"" + BASE
                + "\" class=\"axis-line\"/>" + bars + "<text x=\"" + WIDTH / 2 + "\" y=\"" + (HEIGHT - 2)
                + "\" text-anchor=\"middle\" class=\"axis\">" + escape(texts == null ? "score (%)" : texts.scoreboard_histogram_axis()) + "</text></svg>";
    }

    /** Text inside an SVG attribute or element. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
