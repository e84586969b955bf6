package io.github.xxgk.disclosure.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        try (Stream<Path> walk = Files.walk(path)) {
          files.addAll(walk
              .filter(p -> Files.isRegularFile(p) && !isHidden(path.relativize(p)))
              .sorted()
              .collect(Collectors.toList()));
        } catch (IOException | UncheckedIOException e) {
          throw new CliException(2, path + ": cannot list the directory: " + reason(e));
        }
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new CliException(2, path + ": no such file or directory");
      }
    }
    return files;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
