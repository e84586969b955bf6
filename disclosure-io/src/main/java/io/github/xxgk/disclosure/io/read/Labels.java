package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.TableId;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Label normalisation and matching against the catalog: full-width/ASCII punctuation, Traditional characters,
 * enumerators and parenthesised annotations, 合计 for 总计, line breaks, truncated and misprinted labels.
 */
final class Labels {
  private static final Pattern ENUM_PAREN = Pattern.compile("\\([一二三四五六七八九十0-9]{1,3}\\)");
  private static final Pattern ANNOTATION = Pattern.compile("\\([^()]*\\)");
  private static final Pattern UNCLOSED = Pattern.compile("\\([^()]*$");
  private static final Pattern ENUM_HAN = Pattern.compile("[一二三四五六七八九十]{1,3}[、.]");
  private static final Pattern ENUM_DIGIT = Pattern.compile("[0-9]{1,2}[.、]");
  private static final String TRADITIONAL =
      "總总計计結结轉转規规範范檔档強强製制開开資资請请數数處处屬属於于國国機机關关護护權权務务過过與与執执詢询複复議议"
          + "訴诉訟讼維维糾纠審审採采購购額额費费報报據据細细補补確确認认戶户齊齐衛卫會会經经濟济當当營营業业構构組组織织"
          + "穩稳險险實实現现無无將将並并這这情情項项發发廢废現现條条為为單单級级區区縣县鄉乡鎮镇產产辦办證证療疗書书內内"
          + "類类務务錄录訊讯辭辞論论說说應应傳传聯联繫系";
  private static final Map<Character, Character> TO_SIMPLIFIED = new java.util.HashMap<>();
  private static final int CACHE_LIMIT = 4096;
  private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
  private static final Map<String, Optional<Match>> MATCHES = new ConcurrentHashMap<>();

  static {
    for (int i = 0; i + 1 < TRADITIONAL.length(); i += 2) {
      TO_SIMPLIFIED.put(TRADITIONAL.charAt(i), TRADITIONAL.charAt(i + 1));
    }
  }

  /** A catalog row a label can name, across both editions. */
  static final class Entry {
    final String key;
    final TableId table;
    final String rowId;
    final String official;

    Entry(String key, TableId table, String rowId, String official) {
      this.key = key;
      this.table = table;
      this.rowId = rowId;
      this.official = official;
    }

    @Override
    public String toString() {
      return table.getId() + "." + rowId;
    }
  }

  /** A label matched to an entry, and whether the match was exact (after normalisation). */
  static final class Match {
    final Entry entry;
    final boolean exact;

    Match(Entry entry, boolean exact) {
      this.entry = entry;
      this.exact = exact;
    }
  }

  private static final List<Entry> ENTRIES;

  static {
    Map<String, Entry> byKey = new LinkedHashMap<>();
    for (Edition edition : List.of(Edition.GOV_2019, Edition.GOV_2021)) {
      Catalog catalog = Catalog.of(edition);
      for (TableId table : List.of(TableId.PROACTIVE, TableId.REQUESTS)) {
        for (CatalogRow row : catalog.getRows(table)) {
          byKey.putIfAbsent(key(row.getLabel()), new Entry(key(row.getLabel()), table, row.getId(), row.getLabel()));
        }
      }
    }
    alias(byKey, "规范性文件", TableId.PROACTIVE, "normative_documents");
    alias(byKey, "结转下一年度继续办理", TableId.REQUESTS, "carried_over_to_next");
    alias(byKey, "上年结转申请数量", TableId.REQUESTS, "carried_over_from_previous");
    ENTRIES = List.copyOf(byKey.values());
  }

  private Labels() {}

  private static void alias(Map<String, Entry> byKey, String label, TableId table, String rowId) {
    String official = null;
    for (Entry e : byKey.values()) {
      if (e.table == table && e.rowId.equals(rowId)) {
        official = e.official;
      }
    }
    byKey.putIfAbsent(key(label), new Entry(key(label), table, rowId, official));
  }

  /** Returns the text with full-width forms folded (NFKC), Traditional characters simplified and quotes unified. */
  static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      Character simple = TO_SIMPLIFIED.get(c);
      b.append(simple == null ? c : simple.charValue());
    }
    return b.toString().replace("档案", "文件").replace("合计", "总计");
  }

  /** Returns the matching key of a label: folded, without enumerators, annotations, punctuation or spaces. */
  static String key(String label) {
    String key = KEYS.get(label);
    if (key == null) {
      key = keyOf(label);
      remember(KEYS, label, key);
    }
    return key;
  }

  /**
   * Keeps a result of a pure function for the labels printed again and again (every report prints the same few
   * hundred), up to a bound so that hostile input cannot grow it without end.
   */
  private static <T> void remember(Map<String, T> cache, String key, T value) {
    if (cache.size() < CACHE_LIMIT && key.length() <= 200) {
      cache.put(key, value);
    }
  }

  private static String keyOf(String label) {
    String s = fold(label);
    s = s.replace('（', '(').replace('）', ')');
    s = ENUM_PAREN.matcher(s).replaceAll("");
    String previous;
    do {
      previous = s;
      s = ANNOTATION.matcher(s).replaceAll("");
    } while (!s.equals(previous));
    s = UNCLOSED.matcher(s).replaceAll("");
    s = ENUM_HAN.matcher(s).replaceAll("");
    s = ENUM_DIGIT.matcher(s).replaceAll("");
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isLetter(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Returns the catalog row a label names: by suffix, then by truncated prefix, then by close spelling. */
  static Optional<Match> match(String key) {
    Optional<Match> match = MATCHES.get(key);
    if (match == null) {
      match = matchOf(key);
      remember(MATCHES, key, match);
    }
    return match;
  }

  private static Optional<Match> matchOf(String key) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Entry best = null;
    for (Entry e : ENTRIES) {
      if (key.endsWith(e.key) && (best == null || e.key.length() > best.key.length())) {
        best = e;
      }
    }
    if (best != null) {
      return Optional.of(new Match(best, true));
    }
    int bestLength = 0;
    boolean tie = false;
    for (Entry e : ENTRIES) {
      for (int l = e.key.length() - 1; l >= 3 && 2 * l >= e.key.length(); l--) {
        if (key.endsWith(e.key.substring(0, l))) {
          if (l > bestLength) {
            best = e;
            bestLength = l;
            tie = false;
          } else if (l == bestLength && best != e) {
            tie = true;
          }
          break;
        }
      }
    }
    if (best != null && !tie) {
      return Optional.of(new Match(best, false));
    }
    double bestScore = 0;
    best = null;
    tie = false;
    for (Entry e : ENTRIES) {
      if (e.key.length() < 5) {
        continue;
      }
      String tail = key.length() > e.key.length() + 2 ? key.substring(key.length() - e.key.length() - 2) : key;
      double score = (double) commonSubsequence(tail, e.key) / e.key.length();
      if (score >= 0.75 && score > bestScore) {
        best = e;
        bestScore = score;
        tie = false;
      } else if (score >= 0.75 && score == bestScore) {
        tie = true;
      }
    }
    return best == null || tie ? Optional.empty() : Optional.of(new Match(best, false));
  }

  /** Returns the entries, for tests and diagnostics. */
  static List<Entry> entries() {
    return ENTRIES;
  }

  static int commonSubsequence(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
