package io.github.xxgk.disclosure.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Expands the paths given on the command line into the files to read: files as given, directories walked. */
final class Inputs {
  private Inputs() {}

  /**
   * Returns the files: each file path as given, and for each directory its regular files at any depth, in name
   * order, skipping hidden files and directories (a leading dot). A path that does not exist is a usage error.
   */
  static List<Path> expand(List<Path> paths) throws CliException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> found = new ArrayList<>();
        try {
          Files.walkFileTree(path, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              return dir.equals(path) || !isHidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              boolean regular = attributes.isRegularFile()
                  || attributes.isSymbolicLink() && Files.isRegularFile(file);
              if (regular && !isHidden(file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
        } catch (IOException | UncheckedIOException e) {
          throw new CliException(2, path + ": cannot list the directory: " + reason(e));
        }
        Collections.sort(found);
        files.addAll(found);
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new CliException(2, path + ": no such file or directory");
      }
    }
    return files;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
