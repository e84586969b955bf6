package io.github.xxgk.disclosure.io.json;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Damaged canonical JSON either reads or fails with a ReportReadException naming a JSON path, never otherwise. */
class HostileJsonTest {
  private static final String[] TOKENS = {"null", "-1", "1e400", "99999999999999999999", "\"\"", "{}", "[]", "true",
      "\"MIXED\"", "\"GOV_2021\"", "\"t2.art20_1.regulations.issued\"", "{\"state\":\"blank\"}", "\"blank\"", ",", ":",
      "}", "]", "\"\\ud800\"", "0.5", "{\"amount\":1}", "\"edition\":\"GOV_2019\","};

  @Test
  void failsOnlyWithAReportReadExceptionWhateverIsDamaged() {
    List<Report> reports = List.of(Fixtures.scraped2019(), Fixtures.mixed(), Fixtures.tableFourOnly(),
        Fixtures.amounts2021());
    Random random = new Random(20261202L);
    int failures = 0;
    for (int i = 0; i < 2000; i++) {
      String json = ReportJson.write(reports.get(i % reports.size()));
      String damaged = damage(json, random);
      try {
        ReportJson.read(damaged.getBytes(StandardCharsets.UTF_8), "damaged.json");
      } catch (ReportReadException e) {
        failures++;
        assertTrue(e.getPosition().startsWith("$"), e.getMessage());
        assertTrue(e.getMessage().startsWith("damaged.json: $"), e.getMessage());
      } catch (RuntimeException e) {
        fail("unexpected " + e + " for " + damaged, e);
      }
    }
    assertTrue(failures > 1500, "most damaged documents fail: " + failures);
  }

  private static String damage(String json, Random random) {
    StringBuilder s = new StringBuilder(json);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(4)) {
        case 0:
          s.setLength(at);
          break;
        case 1:
          s.deleteCharAt(at);
          break;
        case 2:
          s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
          break;
        default:
          int end = Math.min(s.length(), at + 1 + random.nextInt(12));
          s.replace(at, end, TOKENS[random.nextInt(TOKENS.length)]);
          break;
      }
      if (s.length() == 0) {
        s.append('{');
      }
    }
    return s.toString();
  }
}
