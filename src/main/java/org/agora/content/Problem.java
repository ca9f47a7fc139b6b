package org.agora.content;

/**
 * One error, or one warning, in one content file, reported as {@code path:LINE: message} (a warning
 * as {@code path:LINE: warning: message}) by the linter and the server. An error withdraws the
 * file; a warning (an item-writing flaw, see {@code org.agora.content.writing}) never does.
 */
public record Problem(String path, int line, String message, boolean warning) implements Comparable<Problem> {

    public Problem(String path, int line, String message) {
        this(path, line, message, false);
    }

    public static Problem warning(String path, int line, String message) {
        return new Problem(path, line, message, true);
    }

    @Override
    public String toString() {
        return path + ":" + line + ": " + (warning ? "warning: " : "") + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
