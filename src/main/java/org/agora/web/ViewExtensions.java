package org.agora.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Duration;
import org.agora.content.Quiz;

/** Derived values for templates, so that templates only print. */
@TemplateExtension
public class ViewExtensions {

    /** {@code 2.50} prints as {@code 2.5}, {@code 3.00} as {@code 3}. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** An instant as the server's local date and time, to the minute. */
    static String isoLocal(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(instant.atZone(java.time.ZoneId.systemDefault()));
    }

    /** Plain text of a rendered HTML fragment, for labels and select options. */
    static String stripTags(String html) {
        return org.agora.content.MarkdownRenderer.textOfRendered(html);
    }

    /** A statistic to two decimals. */
    static String fmt(Double value) {
        return value == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    /** A 0..1 ratio as a percent. */
    static String pct(Double value) {
        return value == null ? "—" : String.format(java.util.Locale.ROOT, "%.0f%%", value * 100);
    }

    static String attemptsText(Quiz quiz) {
        return quiz.attempts() == 0 ? "Unlimited" : String.valueOf(quiz.attempts());
    }

    static String timeLimitText(Quiz quiz) {
        return quiz.timeLimit() == null ? "None" : humanDuration(quiz.timeLimit());
    }

    static String humanDuration(Duration d) {
        long s = d.toSeconds();
        StringBuilder sb = new StringBuilder();
        if (s >= 3600) {
            sb.append(s / 3600).append(s / 3600 == 1 ? " hour" : " hours");
        }
        if (s % 3600 >= 60) {
            sb.append(sb.isEmpty() ? "" : " ").append((s % 3600) / 60).append((s % 3600) / 60 == 1 ? " minute" : " minutes");
        }
        if (s % 60 != 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(s % 60).append(s % 60 == 1 ? " second" : " seconds");
        }
        return sb.toString();
    }

    static String questionsText(Quiz quiz) {
        int n = quiz.questionsPerAttempt();
        String text = n + (n == 1 ? " question" : " questions");
        return quiz.pick() != null ? text + " drawn from a pool of " + quiz.questions().size() : text;
    }
}
