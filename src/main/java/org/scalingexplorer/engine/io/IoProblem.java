package org.scalingexplorer.engine.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.scalingexplorer.engine.Limits;

/**
 * Says why a file could not be read or written in words a user acts on ("permission denied",
 * "no space left on device", "the folder /x does not exist"), instead of an exception's class name
 * or a library's "I/O error writing PNG file!".
 */
public final class IoProblem {

    private IoProblem() {
    }

    /** The reason behind {@code error}, looking through wrapping exceptions to the file system's own. */
    public static String reason(Throwable error) {
        Throwable root = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException || t.getCause() == null) {
                root = t;
                break;
            }
        }
        if (root instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (root instanceof NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile();
        }
        if (root instanceof NotDirectoryException notFolder) {
            return notFolder.getFile() + " is not a folder";
        }
        if (root instanceof FileAlreadyExistsException exists) {
            Path path = exists.getFile() == null ? null : Path.of(exists.getFile());
            return path != null && Files.isRegularFile(path) ? path + " is a file, not a folder" : path + " is in the way";
        }
        if (root instanceof DirectoryNotEmptyException) {
            return "a folder is in the way";
        }
        if (root instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return lowerFirst(fileSystem.getReason());
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        return lowerFirst(Limits.excerpt(message.strip(), 200));
    }

    /** "chart.png: cannot write: no space left on device". */
    public static String cannotWrite(Path target, Throwable error) {
        return target + ": cannot write: " + reason(error);
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
