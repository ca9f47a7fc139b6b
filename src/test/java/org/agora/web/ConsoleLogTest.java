package org.agora.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.agora.support.TestContent;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Level;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;

/**
 * The running app's console handler, as configured, writes a record with a forged line as one line.
 * (No request logs its path today, so a request to {@code /%0d%0aFAKE} would show nothing either way.)
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ConsoleLogTest {

    private static List<Handler> consoleHandlers(Handler[] handlers, List<Handler> out) {
        for (Handler h : handlers) {
            if (h instanceof ConsoleHandler) {
                out.add(h);
            } else if (h instanceof ExtHandler nested) {
                consoleHandlers(nested.getHandlers(), out);
            }
        }
        return out;
    }

    @Test
    void aForgedLineIsWrittenEscapedOnTheRecordsOwnLine() {
        List<Handler> consoles = consoleHandlers(Logger.getLogger("").getHandlers(), new ArrayList<>());
        assertEquals(1, consoles.size(), "one console handler: " + consoles);
        Handler console = consoles.get(0);
        ExtLogRecord r = new ExtLogRecord(Level.ERROR, "Unexpected error on %s", ExtLogRecord.FormatStyle.PRINTF,
                ConsoleLogTest.class.getName());
        r.setLoggerName(ErrorResponses.class.getName());
        r.setParameters(new Object[] {"/\r\n00:00:00 INFO  [o.a.a.SignInResource] FAKE"});
        assertTrue(console.getFilter().isLoggable(r));
        String written = console.getFormatter().format(r);
        assertTrue(written.endsWith("Unexpected error on /\\r\\n00:00:00 INFO  [o.a.a.SignInResource] FAKE\n"), written);
        assertEquals(written.length() - 1, written.indexOf('\n'), "one line: " + written);
    }
}
