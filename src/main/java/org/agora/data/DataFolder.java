package org.agora.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@code ./data} folder holds what must stay private to the account that runs Agora: the H2
 * database, the session key, the database password. The folder and the files made here are
 * readable by their owner only (0700 and 0600), from the moment they exist.
 */
public final class DataFolder {

    public static final Path PATH = Path.of("data");

    private DataFolder() {
    }

    /** The text in {@code file}, written first (with its folder) from {@code value} when missing. */
    public static synchronized String readOrCreate(Path file, Supplier<String> value) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent(), ownerOnly(file, "rwx------"));
                // Created with its permissions, so that it is never readable by others, not even for a moment.
                try (SeekableByteChannel out = Files.newByteChannel(file,
                        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(file, "rw-------"))) {
                    out.write(ByteBuffer.wrap(value.get().getBytes(StandardCharsets.US_ASCII)));
                } catch (FileAlreadyExistsException raced) {
                    // another instance wrote it first: use theirs
                }
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file.toAbsolutePath(), e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** POSIX permissions where the file system has them (not on Windows, where the folder's ACL applies). */
    private static FileAttribute<?>[] ownerOnly(Path file, String permissions) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }
}
