package org.agora.scoreboard;

import io.quarkus.qute.TemplateExtension;
import org.agora.language.Board;
import org.agora.scoreboard.Scoreboard.Cell;

/** Derived values for the scoreboard and projector pages. */
@TemplateExtension
public class ScoreboardViews {

    /** Lower bounds of the heat-map's bands, in percent: a band's number is its class ({@code heat-2}). */
    static final int[] BANDS = { 0, 40, 60, 80, 90 };

    /** The heat-map band of a graded score, as a CSS class; none for a cell without one. */
    static String heat(Cell cell) {
        Integer p = cell == null ? null : cell.percent();
        return p == null ? "" : "heat-" + band(p);
    }

    static int band(int percent) {
        int band = 0;
        while (band + 1 < BANDS.length && percent >= BANDS[band + 1]) {
            band++;
        }
        return band;
    }

    /** A number as text, for the messages that the projector's script fills in too ({@code '#'}). */
    static String str(Integer n) {
        return String.valueOf(n);
    }

    /** A rank as the page's language says it: 2nd, or in Korean 2위. */
    static String place(Integer n, String language) {
        return "ko".equals(language) ? n + "위" : ordinal(n);
    }

    /** One of {@link StatisticsService#flags}'s warnings in the language of {@code texts}. */
    static String flag(String flag, Board texts) {
        return switch (flag) {
            case StatisticsService.FLAG_HARD -> texts.stats_flag_hard();
            case StatisticsService.FLAG_EASY -> texts.stats_flag_easy();
            case StatisticsService.FLAG_NEGATIVE -> texts.stats_flag_negative();
            default -> flag;
        };
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
    static String ordinal(Integer n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
