package org.agora.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads one content file as UTF-8 text, only when it is a regular file of the folder itself. A
 * symbolic link is refused whatever it points to: {@code ln -s ../data/session.key x.md} would
 * otherwise publish the session key to anonymous readers. A FIFO or a device is refused before it
 * is opened, since opening a FIFO blocks until someone writes to it, and so is a file larger than
 * {@link ContentLimits#MAX_FILE_BYTES}, which is never read into memory.
 */
final class ContentFiles {

    private ContentFiles() {
    }

    /** The file's text, or null after reporting why it cannot be used (always at line 1, or at its first bad byte). */
    static String read(Path file, String display, Consumer<Problem> problems) {
        byte[] bytes;
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String refused = refusal(attrs);
            if (refused != null) {
                problems.accept(new Problem(display, 1, refused));
                return null;
            }
            // NOFOLLOW_LINKS again when opening: a file swapped for a link since the check fails here.
            try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes(ContentLimits.MAX_FILE_BYTES + 1); // never more, even if it grew meanwhile
            }
            if (bytes.length > ContentLimits.MAX_FILE_BYTES) {
                problems.accept(new Problem(display, 1, tooLarge(String.format(Locale.ROOT, "grew to more than %,d", ContentLimits.MAX_FILE_BYTES))));
                return null;
            }
        } catch (IOException | RuntimeException e) {
            problems.accept(new Problem(display, 1, "cannot read this file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())));
            return null;
        }
        return decode(bytes, display, problems);
    }

    /** Why a folder entry is not read, or null for a regular file. */
    private static String refusal(BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            return "this file is a symbolic link; content is read only from regular files inside the folder, never "
                    + "through a link (it could point anywhere on the server): put a copy of the file here instead";
        }
        if (!attrs.isRegularFile()) {
            return "this is not a regular file (a FIFO, a device or a socket); content is read only from regular files";
        }
        if (attrs.size() > ContentLimits.MAX_FILE_BYTES) {
            return tooLarge(String.format(Locale.ROOT, "is %,d", attrs.size()));
        }
        return null;
    }

    private static String tooLarge(String size) {
        return String.format(Locale.ROOT, "this file %s bytes; a lesson or quiz file may have at most %,d (1 MB): "
                + "split it into several files", size, ContentLimits.MAX_FILE_BYTES);
    }

    private static String decode(byte[] bytes, String display, Consumer<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position() && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.accept(new Problem(display, line, "this file is not valid UTF-8 text; save it as UTF-8 in your editor"));
            return null;
        }
        out.flip();
        return out.toString();
    }
}
