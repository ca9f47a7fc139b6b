package org.agora.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.time.Duration;
import org.agora.content.Quiz;
import org.agora.language.Formats;

/** Derived values for templates, so that templates only print. */
@TemplateExtension
public class ViewExtensions {

    /** {@code 2.50} prints as {@code 2.5}, {@code 3.00} as {@code 3}. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** An instant as the server's local date and time, to the second, as the page's language writes it. */
    static String isoLocal(java.time.Instant instant, @TemplateAttribute("locale") Object locale) {
        return Formats.stamp(instant, java.time.ZoneId.systemDefault(), Formats.locale(locale));
    }

    /** Plain text of a rendered HTML fragment, for labels and select options. */
    static String stripTags(String html) {
        return org.agora.content.MarkdownRenderer.textOfRendered(html);
    }

    /** An error page's heading, in plain words (the problem's title is HTTP's reason phrase). */
    static String heading(Problem problem) {
        return switch (problem.status()) {
            case 400 -> "That request could not be read";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 405 -> "That does not work here";
            case 408 -> "That took too long";
            case 409 -> "That clashes with a change";
            case 413 -> "That is too large";
            case 429 -> "Too many tries";
            case 500 -> "Something went wrong";
            case 503 -> "Not available just now";
            default -> problem.title();
        };
    }

    /** A value for a query parameter in a link or a form's address. */
    static String urlEncoded(String value) {
        return NextPage.encode(value);
    }

    /** A statistic to two decimals. */
    static String fmt(Double value, @TemplateAttribute("locale") Object locale) {
        return value == null ? "—" : Formats.decimals(value, 2, Formats.locale(locale));
    }

    /** A 0..1 ratio as a percent. */
    static String pct(Double value, @TemplateAttribute("locale") Object locale) {
        return value == null ? "—" : Formats.decimals(value * 100, 0, Formats.locale(locale)) + "%";
    }

    static String attemptsText(Quiz quiz) {
        return quiz.attempts() == 0 ? "Unlimited" : String.valueOf(quiz.attempts());
    }

    static String timeLimitText(Quiz quiz) {
        return quiz.timeLimit() == null ? "None" : humanDuration(quiz.timeLimit());
    }

    /** A number of seconds in words ("30 minutes"); "None" for null. */
    static String durationText(Long seconds) {
        return seconds == null ? "None" : humanDuration(Duration.ofSeconds(seconds));
    }

    /** Whole minutes of a number of seconds, for a form's field; blank for null. */
    static String minutesInput(Long seconds) {
        return seconds == null ? "" : String.valueOf(seconds / 60);
    }

    /** An instant as a {@code datetime-local} field's value in a time zone; blank for null. */
    static String localInput(java.time.Instant at, String zone) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .format(at.atZone(java.time.ZoneId.of(zone)));
    }

    /** An instant in a time zone (the class's), the zone named: "Thu 3 Dec 2026, 09:00 (Asia/Seoul)". */
    static String inZone(java.time.Instant at, String zone, @TemplateAttribute("locale") Object locale) {
        return org.agora.schedule.ScheduleService.text(at, java.time.ZoneId.of(zone), Formats.locale(locale));
    }

    public static String humanDuration(Duration d) {
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
