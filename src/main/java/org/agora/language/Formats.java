package org.agora.language;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and numbers as each interface language writes them. English keeps the forms the pages
 * always had; Korean writes {@code 2026년 12월 3일 (목) 오후 2:30}.
 */
public final class Formats {

    private static final DateTimeFormatter SHOWN_EN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHOWN_KO = DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E) a h:mm", Locale.KOREAN);
    private static final DateTimeFormatter STAMP_EN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP_KO = DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E) a h:mm:ss", Locale.KOREAN);

    private Formats() {
    }

    /** A template's {@code locale} attribute (set for every page by LanguageTemplates) as a Locale; English when unset. */
    public static Locale locale(Object attribute) {
        if (attribute instanceof Locale l) {
            return l;
        }
        return attribute instanceof String s ? Locale.forLanguageTag(s) : Language.DEFAULT;
    }

    /** A zone given as a ZoneId or its id; the server's for null or an id Java does not know. */
    public static ZoneId zone(Object zone) {
        if (zone instanceof ZoneId z) {
            return z;
        }
        try {
            return zone == null ? ZoneId.systemDefault() : ZoneId.of(zone.toString());
        } catch (java.time.DateTimeException unknown) {
            return ZoneId.systemDefault();
        }
    }

    /** A day and time to the minute in a zone: "Thu 3 Dec 2026, 09:00", "2026년 12월 3일 (목) 오전 9:00". */
    public static String shown(Instant at, ZoneId zone, Locale locale) {
        return (korean(locale) ? SHOWN_KO : SHOWN_EN).format(at.atZone(zone));
    }

    /** A moment to the second, for records: "2026-12-03 09:00:05", "2026년 12월 3일 (목) 오전 9:00:05". */
    public static String stamp(Instant at, ZoneId zone, Locale locale) {
        return (korean(locale) ? STAMP_KO : STAMP_EN).format(at.atZone(zone));
    }

    /** A number with a fixed count of decimals, in the locale's digits and separators. */
    public static String decimals(double value, int decimals, Locale locale) {
        return String.format(locale, "%." + decimals + "f", value);
    }

    private static boolean korean(Locale locale) {
        return locale != null && locale.getLanguage().equals("ko");
    }
}
