package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.model.Section;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the six section headings in the text of a report, official wording and known variants. */
final class Sections {
  private static final Map<Section, Pattern> HEADINGS = new EnumMap<>(Section.class);

  static {
    HEADINGS.put(Section.OVERVIEW, Pattern.compile("一\\s*[、.．]\\s*(?:工作)?总体情况"));
    HEADINGS.put(Section.PROACTIVE_DISCLOSURE,
        Pattern.compile("二\\s*[、.．]\\s*(?:行政机关)?主动公开政府信息(?:的)?情况"));
    HEADINGS.put(Section.REQUESTS,
        Pattern.compile("三\\s*[、.．]\\s*(?:行政机关)?(?:收到和处理政府信息公开申请|依申请公开政府信息)(?:的)?情况"));
    HEADINGS.put(Section.REVIEW_LITIGATION,
        Pattern.compile("四\\s*[、.．]\\s*[^。\\n]{0,20}?行政复议[^。\\n]{0,20}?情况"));
    HEADINGS.put(Section.PROBLEMS_IMPROVEMENTS,
        Pattern.compile("五\\s*[、.．]\\s*[^。\\n]{0,20}?(?:存在(?:的)?(?:主要)?问题|问题及改进)[^。\\n]{0,12}?(?:情况|措施)"));
    HEADINGS.put(Section.OTHER_MATTERS, Pattern.compile("六\\s*[、.．]\\s*其[他它](?:需要报告的)?事项"));
  }

  /** The start and end of each heading found, in section order; -1 when not found. */
  final int[] starts = new int[6];
  final int[] ends = new int[6];
  private final String text;

  private Sections(String text) {
    this.text = text;
    int from = 0;
    for (Section s : Section.values()) {
      Matcher m = HEADINGS.get(s).matcher(text);
      int i = s.ordinal();
      if (m.find(from)) {
        starts[i] = m.start();
        ends[i] = m.end();
        from = m.end();
      } else {
        starts[i] = -1;
        ends[i] = -1;
      }
    }
  }

  /** Finds the headings in the text. */
  static Sections find(String text) {
    return new Sections(text);
  }

  /** Returns the start of the heading of a section, or -1. */
  int start(Section section) {
    return starts[section.ordinal()];
  }

  /** Returns the text of each section found: from after its heading to the next heading found. */
  Map<Section, String> texts() {
    Map<Section, String> map = new EnumMap<>(Section.class);
    for (Section s : Section.values()) {
      int i = s.ordinal();
      if (starts[i] < 0) {
        continue;
      }
      int end = text.length();
      for (int j = i + 1; j < 6; j++) {
        if (starts[j] >= 0) {
          end = starts[j];
          break;
        }
      }
      map.put(s, text.substring(ends[i], end).strip());
    }
    return map;
  }
}
