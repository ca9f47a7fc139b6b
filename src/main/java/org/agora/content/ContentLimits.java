package org.agora.content;

/**
 * How large content may be. A file beyond a limit is an error, at the line where the limit is
 * passed, and is withdrawn like any broken file: without them a 5 MB quiz of 29,000 questions took
 * 11 s to start and sent 5 MB to every learner who started it. Each is far above what a lesson or
 * a quiz needs (the shipped module's largest file is 15 KB, its longest quiz 24 questions).
 */
public final class ContentLimits {

    /** Bytes of one lesson or quiz file, checked before the file is read. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    /** Questions in one quiz. */
    public static final int MAX_QUESTIONS = 500;

    /** Items of one answer list: options, ordering items, or matching pairs and extra choices. */
    public static final int MAX_ITEMS = 50;

    /** {@code = ...} lines of one short-answer or numeric question. */
    public static final int MAX_ACCEPTED = 50;

    private ContentLimits() {
    }
}
