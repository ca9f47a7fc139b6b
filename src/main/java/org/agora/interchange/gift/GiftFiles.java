package org.agora.interchange.gift;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Reading a GIFT file and writing a quiz file, alike for the command and the content page. */
public final class GiftFiles {

    private GiftFiles() {
    }

    /** The bytes as UTF-8 text; a byte sequence that is not UTF-8 is refused rather than guessed at. */
    public static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Writes a quiz file (and its folder); without {@code replace}, an existing file is left as it is
     * and {@link java.nio.file.FileAlreadyExistsException} is thrown, checked and created in one step.
     */
    public static void write(Path target, String text, boolean replace) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.writeString(target, text, StandardCharsets.UTF_8, replace
                ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE}
                : new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE});
    }

    /** An uploaded file's name as problems show it: no folders, no control characters, not too long. */
    public static String shownName(String uploaded) {
        String n = uploaded == null ? "" : uploaded.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        n = n.length() > 80 ? n.substring(0, 80) : n;
        return n.isEmpty() ? "upload.gift" : n;
    }
}
