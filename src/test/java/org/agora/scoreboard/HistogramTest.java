package org.agora.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The inline SVG histogram: an accessible image that says its counts in words. */
class HistogramTest {

    @Test
    void anImageWithTenBarsAndItsCountsInTheLabel() {
        String svg = Histogram.svg(List.of(0, 0, 2, 1, 0, 1, 0, 0, 0, 3));
        assertTrue(svg.startsWith("<svg "), svg);
        assertTrue(svg.contains("role=\"img\""), svg);
        assertTrue(svg.contains("aria-label=\"Scores of first attempts, in tens of percent: 0–9%: 0, 10–19%: 0, 20–29%: 2, "
                + "30–39%: 1, 40–49%: 0, 50–59%: 1, 60–69%: 0, 70–79%: 0, 80–89%: 0, 90–100%: 3.\""), svg);
        assertEquals(10, Pattern.compile("<rect ").matcher(svg).results().count());
        assertTrue(svg.contains("<title>90–100%: 3</title>"), svg);
        assertTrue(svg.endsWith("</svg>"));
    }

    @Test
    void noAttemptsDrawsFlatBars() {
        String svg = Histogram.svg(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertTrue(svg.contains("height=\"0\""), svg);
        assertTrue(!svg.contains("NaN"), svg);
    }
}
