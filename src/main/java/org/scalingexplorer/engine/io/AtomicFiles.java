package org.scalingexplorer.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes a file so that a reader (or a crash) sees either the old content or the new, never half of
 * the new: the bytes go to a temporary file in the same directory (a rename across file systems is
 * not atomic), are forced to disk, and the temporary file is renamed over the target.
 *
 * <p>No temporary file outlives its write: a failed write deletes it; a process stopped with SIGTERM
 * or Ctrl-C deletes its unfinished ones in a shutdown hook; one killed outright (SIGKILL, power cut)
 * leaves it behind, and the next write to the same target (or {@link #cleanStale} at start) deletes
 * it. The writer holds a lock on its temporary file, so a cleaner never deletes one still being written.
 *
 * <p>Every failure is an {@link IOException} whose message is one line naming the target and the
 * reason ("chart.png: cannot write: no space left on device").
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream; the stream is closed by {@link #write}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Prefix of the temporary files, so a leftover from a killed process is recognisable. */
    static final String TEMP_PREFIX = ".";
    static final String TEMP_SUFFIX = ".part";

    /** Temporary files being written by this process, deleted by the shutdown hook if the JVM stops first. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteInFlight, "atomic-files-cleanup"));
        } catch (IllegalStateException | SecurityException e) {
            // Already shutting down, or not allowed: the next start's cleanup still removes leftovers.
        }
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        checkTarget(target);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IOException(IoProblem.cannotWrite(target, e), e);
        }
        cleanStale(directory, absolute.getFileName().toString());
        Path temp;
        try {
            temp = Files.createTempFile(directory, TEMP_PREFIX + absolute.getFileName(), TEMP_SUFFIX);
        } catch (IOException e) {
            throw new IOException(IoProblem.cannotWrite(target, e), e);
        }
        IN_FLIGHT.add(temp);
        boolean moved = false;
        try {
            keepPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 FileLock lock = channel.lock()) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some network and FUSE file systems cannot rename atomically; replacing is the best left.
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            forceDirectory(directory);
        } catch (IOException e) {
            throw new IOException(IoProblem.cannotWrite(target, e), e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
            IN_FLIGHT.remove(temp);
        }
    }

    /**
     * Refuses, before anything is written, a target that cannot be a file: a folder, one under a
     * file, or a read-only file (which a rename would otherwise replace even though the user
     * protected it).
     */
    public static void checkTarget(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) {
            throw new IOException(absolute + ": cannot write: not a file name");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + ": cannot write: it is a folder");
        }
        for (Path up = absolute.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up, LinkOption.NOFOLLOW_LINKS) || Files.exists(up)) {
                if (!Files.isDirectory(up)) {
                    throw new IOException(target + ": cannot write: " + up + " is a file, not a folder");
                }
                break;
            }
        }
        if (Files.exists(absolute) && isReadOnly(absolute)) {
            throw new IOException(target + ": cannot write: the file is read-only");
        }
    }

    /**
     * Deletes the temporary files a killed writer left in {@code directory}: of every target, or of
     * the one named {@code targetName} when that is not null. A temporary file another writer still
     * holds is left alone. Returns how many were deleted.
     */
    public static int cleanStale(Path directory, String targetName) {
        Pattern leftover = Pattern.compile(Pattern.quote(TEMP_PREFIX) + (targetName == null ? ".+"
                : Pattern.quote(targetName)) + "-?\\d+" + Pattern.quote(TEMP_SUFFIX));
        int deleted = 0;
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                entry -> leftover.matcher(entry.getFileName().toString()).matches())) {
            for (Path entry : entries) {
                if (!IN_FLIGHT.contains(entry.toAbsolutePath().normalize()) && deleteIfUnlocked(entry)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            // A folder that cannot be listed has nothing we could delete either.
        }
        return deleted;
    }

    private static boolean deleteIfUnlocked(Path temp) {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return false; // another process is writing it
            }
            Files.delete(temp);
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this process is writing it
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteInFlight() {
        for (Path temp : IN_FLIGHT) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Exiting anyway; the next start removes it.
            }
        }
    }

    private static boolean isReadOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return !permissions.contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(file);
    }

    /**
     * A temporary file is private (rw-------); the file it replaces keeps its own permissions, and a
     * new file gets the usual rw-r--r--, as a plain write would have given it.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Makes the rename itself durable; not every platform can open a directory, and that is no failure. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; its rename is already journalled.
        }
    }
}
