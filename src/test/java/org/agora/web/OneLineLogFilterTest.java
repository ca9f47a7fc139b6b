package org.agora.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;

/** A forged line in logged text stays inside its own log line, escaped. */
class OneLineLogFilterTest {

    /** The console format of application.properties. */
    private static final PatternFormatter FORMAT = new PatternFormatter("%d{HH:mm:ss} %-5p [%c{2.}] %s%e%n");
    private static final String FORGED = "/\r\n12:00:00 INFO  [o.a.a.SignInResource] admin signed in";

    private static String logged(ExtLogRecord record) {
        assertTrue(new OneLineLogFilter().isLoggable(record), "the filter never drops a record");
        return FORMAT.format(record);
    }

    private static ExtLogRecord record(String format, Object... parameters) {
        ExtLogRecord r = new ExtLogRecord(org.jboss.logmanager.Level.ERROR, format, ExtLogRecord.FormatStyle.PRINTF, "org.agora.web.Test");
        r.setLoggerName("org.agora.web.ErrorResponses");
        r.setParameters(parameters);
        return r;
    }

    @Test
    void escapesLineBreaksAndEveryOtherControlCharacter() {
        assertEquals("a\\r\\nFAKE\\tx\\u001b[31m\\u0000\\u007f\\u0085\\u2028\\u2029z",
                LogText.escape("a\r\nFAKE\tx\u001b[31m\u0000\u007f\u0085\u2028\u2029z"));
        String clean = "Unexpected error on /lessons/basics — ünïcödé, 한국어";
        assertSame(clean, LogText.escape(clean));
    }

    @Test
    void aForgedLineInAParameterStaysOnTheRecordsLine() {
        String out = logged(record("Unexpected error on %s", FORGED));
        assertEquals(1, out.split("\n", -1).length - 1, "one line: " + out);
        assertTrue(out.endsWith("ErrorResponses] Unexpected error on /\\r\\n12:00:00 INFO  [o.a.a.SignInResource] admin "
                + "signed in\n"), out);
    }

    @Test
    void aForgedLineInAnExceptionsTextIsEscapedWhileItsStackTraceStays() {
        ExtLogRecord r = record("Unexpected error");
        IllegalStateException cause = new IllegalStateException("cause" + FORGED);
        RuntimeException thrown = new RuntimeException("top" + FORGED, cause);
        r.setThrown(thrown);
        List<String> lines = List.of(logged(r).split("\n"));
        assertTrue(lines.get(0).endsWith("Unexpected error: java.lang.RuntimeException: top/\\r\\n12:00:00 INFO  "
                + "[o.a.a.SignInResource] admin signed in"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Caused by: java.lang.IllegalStateException: cause/\\r\\n")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("at org.agora.web.OneLineLogFilterTest")), "frames kept");
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("12:00:00 INFO")), "no forged line: " + lines);
    }

    @Test
    void cleanRecordsAreLeftAlone() {
        RuntimeException thrown = new RuntimeException("plain");
        ExtLogRecord r = record("Content loaded: %d lessons", 7);
        r.setThrown(thrown);
        assertTrue(logged(r).contains("Content loaded: 7 lessons: java.lang.RuntimeException: plain\n"), logged(r));
        assertSame(thrown, r.getThrown());
    }
}
