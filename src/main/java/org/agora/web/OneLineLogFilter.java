package org.agora.web;

import io.quarkus.logging.LoggingFilter;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Keeps every log record on its own line: the message, once its parameters are filled in, and
 * the text of any exception it carries are escaped with {@link LogText}. Linked to the log
 * handlers in {@code application.properties}, so it covers every logger, the framework's own
 * messages included, not only the places that log request data today.
 */
@LoggingFilter(name = "one-line")
public final class OneLineLogFilter implements Filter {

    private static final SimpleFormatter PLAIN = new SimpleFormatter();

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : PLAIN.formatMessage(record);
        String escaped = LogText.escape(message);
        if (escaped != message) { // LogText returns the same instance when there is nothing to escape
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(escaped, ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(escaped);
            }
            record.setParameters(null);
        }
        if (record.getThrown() != null && needsEscape(record.getThrown(), new IdentityHashMap<>())) {
            record.setThrown(Escaped.of(record.getThrown(), new IdentityHashMap<>()));
        }
        return true;
    }

    private static boolean needsEscape(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        String shown = t.toString();
        if (LogText.escape(shown) != shown || needsEscape(t.getCause(), seen)) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (needsEscape(s, seen)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stands in for an exception whose text has control characters: log formatters print a
     * throwable through {@code toString()}, which is the original's, escaped; the stack trace,
     * the causes and the suppressed exceptions are the original's (copied the same way).
     */
    static final class Escaped extends Throwable {
        private final String shown;

        private Escaped(Throwable original) {
            this.shown = LogText.escape(original.toString());
            setStackTrace(original.getStackTrace());
        }

        static Throwable of(Throwable original, Map<Throwable, Escaped> copies) {
            Escaped known = copies.get(original);
            if (known != null) {
                return known;
            }
            Escaped copy = new Escaped(original);
            copies.put(original, copy);
            if (original.getCause() != null) {
                copy.initCause(of(original.getCause(), copies));
            }
            for (Throwable s : original.getSuppressed()) {
                copy.addSuppressed(of(s, copies));
            }
            return copy;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // the original's trace is set instead
        }

        @Override
        public String toString() {
            return shown;
        }
    }
}
