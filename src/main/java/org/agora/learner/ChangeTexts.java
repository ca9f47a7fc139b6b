package org.agora.learner;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.content.Numbers;
import org.agora.language.Formats;
import org.agora.language.Language;
import org.agora.language.Staff;
import org.agora.learner.LearnerViews.Change;
import org.agora.learner.LearnerViews.ChangeFacts;
import org.agora.web.ViewExtensions;

/**
 * A recorded change in the page's language, from its {@link ChangeFacts}: dates in the class's
 * time zone, as {@code stampIn} writes them. A change recorded before the facts were kept has its
 * English {@code detail} only, and shows that.
 */
public final class ChangeTexts {

    private ChangeTexts() {
    }

    /** {@code {c.said(record.timeZone)}} in a template. */
    @TemplateExtension
    static String said(Change change, String zone, @TemplateAttribute("locale") Object locale) {
        return said(change, Formats.zone(zone), Formats.locale(locale));
    }

    static String said(Change change, ZoneId zone, Locale locale) {
        ChangeFacts f = change.facts();
        if (f == null) {
            return change.detail();
        }
        Staff t = Language.bundle(Staff.class, locale);
        return switch (change.kind()) {
            case LearnerChange.EXTRA_ATTEMPT -> t.learner_fact_attempt(f.extraAttempts(), f.quizAttempts() + f.extraAttempts());
            case LearnerChange.REOPEN -> {
                String until = Formats.stamp(f.closesAt(), zone, locale);
                yield f.wasSubmittedAt() != null
                        ? t.learner_fact_reopen_submitted(until, Formats.stamp(f.wasSubmittedAt(), zone, locale),
                                plain(f.wasScore()), plain(f.wasMaxScore()))
                        : t.learner_fact_reopen_expired(until, Formats.stamp(f.wasClosesAt(), zone, locale));
            }
            case LearnerChange.EXTRA_TIME -> t.learner_fact_extra_time(f.extraTimePercent(), f.wasExtraTimePercent());
            default -> t.learner_fact_override( // override
                    overrides(t, f.quizAttempts(), f.extraAttempts(), f.timeLimitSeconds(), f.closesAt(), zone, locale),
                    overrides(t, f.quizAttempts(), f.wasExtraAttempts(), f.wasTimeLimitSeconds(), f.wasClosesAt(), zone, locale));
        };
    }

    /** One side of an override change: the attempts, the time limit, the closing time; or the quiz's and the class's own. */
    private static String overrides(Staff t, int quizAttempts, int extra, Long limit, Instant closes, ZoneId zone,
            Locale locale) {
        List<String> parts = new ArrayList<>();
        if (extra > 0) {
            parts.add(t.learner_fact_attempts(quizAttempts + extra, quizAttempts));
        }
        if (limit != null) {
            parts.add(t.learner_override_time_limit(ViewExtensions.humanDuration(Duration.ofSeconds(limit), locale)));
        }
        if (closes != null) {
            parts.add(t.learner_override_closes(Formats.stamp(closes, zone, locale)));
        }
        return parts.isEmpty() ? t.learner_fact_none() : String.join(", ", parts);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : Numbers.plain(value);
    }
}
