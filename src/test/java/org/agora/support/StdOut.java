package org.agora.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a command prints to {@code System.out} during each test, for tests of the packaged jar's
 * commands: {@code @RegisterExtension final StdOut stdout = new StdOut();}.
 */
public final class StdOut implements BeforeEachCallback, AfterEachCallback {

    private PrintStream original;
    private ByteArrayOutputStream captured;

    @Override
    public void beforeEach(ExtensionContext context) {
        original = System.out;
        captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(original);
    }

    public String text() {
        return captured.toString(StandardCharsets.UTF_8);
    }
}
