package org.agora.content;

/** One error in one content file, reported as {@code path:LINE: message} by the linter and the server. */
public record Problem(String path, int line, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
