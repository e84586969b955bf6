package io.github.xxgk.disclosure.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesDocumentTest {
  @Test
  void generatedFilesAreUpToDate() throws IOException {
    Path root = Path.of(System.getProperty("disclosure.root"));
    boolean regenerate = Boolean.getBoolean("disclosure.regenerate");
    for (Map.Entry<String, String> file : RulesDocument.files().entrySet()) {
      Path path = root.resolve(file.getKey());
      if (regenerate) {
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
      String actual = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
      assertEquals(file.getValue(), actual,
          file.getKey() + " is out of date: run ./mvnw -pl disclosure-rules verify -Ddisclosure.regenerate=true");
    }
  }
}
