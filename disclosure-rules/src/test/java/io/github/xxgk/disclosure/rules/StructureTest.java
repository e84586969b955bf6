package io.github.xxgk.disclosure.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.model.Edition;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StructureTest {
  /** The regular expression the hand-written scan of a cited notice replaces; the oracle of the scan. */
  private static final Pattern NOTICE = Pattern.compile("(20\\d\\d)\\s*[〕\\]）)]\\s*(\\d+)\\s*号");
  private static final String[] FRAGMENTS = {"20", "2019", "2021", "2020", "1", "9", "0", "60", "30", "060", "6",
      "〕", "]", "）", ")", "〔", "号", " ", "\n", "\u3000", "国办公开办函", "国办函", "第", "x",
      "〔2019〕60号", "〔2021〕30号", "2021〕 30 号", "2019)60", "2021]30", "12021）30号", "2019〕060号"};

  @Test
  void readsTheNoticesOfBothEditions() {
    assertEquals(Optional.of(Edition.GOV_2019), Structure.citedEdition("国办公开办函〔2019〕60号"));
    assertEquals(Optional.of(Edition.GOV_2021), Structure.citedEdition("国办公开办函〔2021〕30号"));
    assertEquals(Optional.of(Edition.GOV_2021), Structure.citedEdition("国办函〔2020〕1号、国办公开办函〔2021〕 30 号"));
    assertEquals(Optional.empty(), Structure.citedEdition("国办公开办函〔2021〕300号"));
  }

  @Test
  void citedEditionIsWhatTheRegularExpressionFindsOnRandomNotices() {
    Random random = new Random(20261202L);
    int found = 0;
    for (int n = 0; n < 20000; n++) {
      StringBuilder notice = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        notice.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      }
      Optional<Edition> expected = oracle(notice.toString());
      assertEquals(expected, Structure.citedEdition(notice.toString()), notice.toString());
      found += expected.isPresent() ? 1 : 0;
    }
    assertTrue(found > 100, "the random notices name an edition: " + found);
  }

  private static Optional<Edition> oracle(String notice) {
    Matcher m = NOTICE.matcher(notice);
    while (m.find()) {
      if (m.group(1).equals("2019") && m.group(2).equals("60")) {
        return Optional.of(Edition.GOV_2019);
      }
      if (m.group(1).equals("2021") && m.group(2).equals("30")) {
        return Optional.of(Edition.GOV_2021);
      }
    }
    return Optional.empty();
  }
}
