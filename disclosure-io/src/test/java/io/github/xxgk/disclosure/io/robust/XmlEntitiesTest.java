package io.github.xxgk.disclosure.io.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.io.read.HtmlReportReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No XML external entity is ever resolved: the io module calls no XML parser at all, and a page declaring external
 * entities is read as HTML without opening them. (The only XML read anywhere is Hibernate Validator's constraint
 * mapping in disclosure-rules, a resource of our own jar.)
 */
class XmlEntitiesTest {
  private static final List<String> XML_APIS = List.of("javax/xml/parsers", "javax/xml/stream",
      "javax/xml/transform", "org/xml/sax", "org/w3c/dom/ls", "org/apache/xmpbox", "PDXFAResource");

  @Test
  void ioCallsNoXmlParser() throws Exception {
    Path classes = Paths.get(HtmlReportReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> found = new ArrayList<>();
    int scanned;
    try (Stream<Path> files = Files.walk(classes)) {
      List<Path> all = files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
      scanned = all.size();
      for (Path file : all) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String api : XML_APIS) {
          if (bytes.contains(api)) {
            found.add(classes.relativize(file) + " uses " + api);
          }
        }
      }
    }
    assertTrue(scanned > 50, "scanned " + scanned + " classes in " + classes);
    assertEquals(List.of(), found);
  }

  @Test
  void externalEntitiesInAPageAreNeverOpened(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET-7f3a");
    String page = "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">"
        + "<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]>\n<html><head><title>某局&xxe;年度报告</title></head>"
        + "<body><h1>某局2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>&xxe;</p><table><tr><td>行政复议</td>"
        + "<td>&xxe;</td></tr></table></body></html>";
    BoundedRead.Outcome outcome = Readers.HTML.readBounded(page.getBytes(StandardCharsets.UTF_8));
    String seen = outcome.isRead()
        ? ReportJson.write(outcome.result().getReport()) + outcome.result().getDiagnostics()
        : outcome.error().getMessage();
    assertFalse(seen.contains("SECRET"), seen);
  }
}
