package org.agora.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a command prints to {@code System.out}, for tests of the packaged jar's commands. */
public final class StdOut {

    private PrintStream original;
    private ByteArrayOutputStream captured;

    public void capture() {
        original = System.out;
        captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    public void restore() {
        System.setOut(original);
    }

    public String text() {
        return captured.toString(StandardCharsets.UTF_8);
    }
}
