package org.agora.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.time.Duration;
import org.agora.content.Quiz;
import org.agora.language.Formats;
import org.agora.language.Language;
import org.agora.language.Msg;

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

    /**
     * The same in a time zone (a class's, given as its id or a ZoneId; the server's when null), for
     * pages about a class: its attempts and grades read in the hours its teacher and students keep.
     */
    static String stampIn(java.time.Instant instant, Object zone, @TemplateAttribute("locale") Object locale) {
        return Formats.stamp(instant, Formats.zone(zone), Formats.locale(locale));
    }

    /** Plain text of a rendered HTML fragment, for labels and select options. */
    static String stripTags(String html) {
        return org.agora.content.MarkdownRenderer.textOfRendered(html);
    }

    /** An error page's heading, in plain words and the page's language (the problem's title is HTTP's reason phrase). */
    static String heading(Problem problem, @TemplateAttribute("locale") Object locale) {
        return ErrorTexts.heading(problem, Formats.locale(locale));
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

    /** A quiz's attempts allowed: "Unlimited", "3"; in Korean "무제한", "3회". */
    static String attemptsText(Quiz quiz, @TemplateAttribute("locale") Object locale) {
        Msg msg = msg(locale);
        return quiz.attempts() == 0 ? msg.common_attempts_unlimited() : msg.common_attempts(quiz.attempts());
    }

    /** A quiz's time limit in words ("20 minutes", "20분"); "None" ("없음") without one. */
    static String timeLimitText(Quiz quiz, @TemplateAttribute("locale") Object locale) {
        return quiz.timeLimit() == null ? msg(locale).common_time_limit_none() : humanDuration(quiz.timeLimit(), locale);
    }

    /** A number of seconds in words ("30 minutes", "30분"); "None" ("없음") for null. */
    static String durationText(Long seconds, @TemplateAttribute("locale") Object locale) {
        return seconds == null ? msg(locale).common_time_limit_none() : humanDuration(Duration.ofSeconds(seconds), locale);
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

    /** A duration in words in the page's language: "1 hour 30 minutes", "1시간 30분". */
    public static String humanDuration(Duration d, @TemplateAttribute("locale") Object locale) {
        return words(d, msg(locale));
    }

    private static String words(Duration d, Msg msg) {
        long s = d.toSeconds();
        StringBuilder sb = new StringBuilder();
        if (s >= 3600) {
            sb.append(msg.common_hours((int) (s / 3600)));
        }
        if (s % 3600 >= 60) {
            sb.append(sb.isEmpty() ? "" : " ").append(msg.common_minutes((int) (s % 3600 / 60)));
        }
        if (s % 60 != 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(msg.common_seconds((int) (s % 60)));
        }
        return sb.toString();
    }

    /** How many questions an attempt has: "12 questions", "5 questions drawn from a pool of 12"; "문항 12개". */
    static String questionsText(Quiz quiz, @TemplateAttribute("locale") Object locale) {
        Msg msg = msg(locale);
        int n = quiz.questionsPerAttempt();
        return quiz.pick() != null ? msg.common_questions_pool(n, quiz.questions().size()) : msg.common_questions(n);
    }

    /** The bundle in the page's language (the template's {@code locale} attribute); English when unset. */
    private static Msg msg(Object locale) {
        return Language.bundle(Msg.class, Formats.locale(locale));
    }
}
