package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.Section;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads a report from the bytes of a published web page: the charset from the bytes (BOM, meta tag, sniffing), the
 * article body without page chrome, title and metadata, the six section texts and the tables with merged cells
 * expanded (split, nested and appendix tables and missing captions included). Thread-safe.
 */
public final class HtmlReportReader {
  private static final Pattern TABLE_WORDS = Pattern.compile(
      "信息内容|申请|复议|规章|规范性文件|行政许可|行政处罚|第二十条|本年度办理结果|总计");
  private static final Pattern METADATA = Pattern.compile("索\\s*引\\s*号|发文日期|发布日期|成文日期|发布机构|文\\s*号[:：]");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*[_|｜]\\s*|\\s+-\\s+");
  private static final Pattern REPORT = Pattern.compile("报告");
  /** A section heading such as 六、其他需要报告的事项, never a title. */
  private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+\\s*[、.．]");
  /** Elements followed by a line break in the block text (a set of names: no selector is parsed per element). */
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "table", "section", "article");

  private final ReadOptions options;

  private HtmlReportReader(ReadOptions options) {
    this.options = options;
  }

  /** Returns a reader with the default limits. */
  public static HtmlReportReader of() {
    return new HtmlReportReader(ReadOptions.defaults());
  }

  /** Returns a reader with the given limits. */
  public static HtmlReportReader of(ReadOptions options) {
    return new HtmlReportReader(Objects.requireNonNull(options, "options"));
  }

  /** Reads a page from a file. */
  public ReadResult read(Path path) throws ReportReadException {
    byte[] bytes = Inputs.read(path, options);
    return read(bytes, Inputs.sourceName(path));
  }

  /** Reads a page from a stream, refusing more than the size limit. */
  public ReadResult read(InputStream in, String source) throws ReportReadException {
    return read(Inputs.read(in, source, options), source);
  }

  /** Reads a page from its bytes; the charset comes from the bytes. */
  public ReadResult read(byte[] bytes, String source) throws ReportReadException {
    Inputs.checkSize(bytes, source, options);
    long deadline = System.nanoTime() + options.getTimeout().toNanos();
    Inputs.Decoded decoded = Inputs.decode(bytes, true);
    ReadResult result = Inputs.withinTimeLimit(options, source, () -> {
      PrintedDocument document = parse(decoded.text, source);
      return ReportMapper.of().map(document);
    });
    Inputs.checkDeadline(deadline, source, "end of input");
    return Inputs.withDiagnostics(result, decoded.diagnostics);
  }

  /** Returns the page as a printed document (title, metadata lines, sections, tables), without mapping it. */
  public PrintedDocument parse(String html, String source) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document page = parser.parseInput(html, "");
    page.select("script,style,noscript,template,iframe").remove();
    PrintedDocument.Builder document = PrintedDocument.builder();
    if (source != null) {
      document.source(source);
    }
    List<Element> tables = new ArrayList<>();
    for (Element table : page.getElementsByTag("table")) {
      if (table.getElementsByTag("table").size() == 1 && TABLE_WORDS.matcher(table.text()).find()) {
        tables.add(table);
      }
    }
    Element article = article(page, tables);
    String title = title(page, article);
    if (title != null) {
      document.title(title);
    }
    Element published = page.selectFirst("meta[name=PubDate]");
    if (published != null && !published.attr("content").isBlank()) {
      document.addMetadata("发布日期：" + published.attr("content").strip());
    }
    // the metadata list of our own writer: 报告机关, 报告年度, 发布机构, 索引号, ... as term and description
    for (Element dl : page.select("dl.disclosure-meta")) {
      for (Element dt : dl.getElementsByTag("dt")) {
        Element dd = dt.nextElementSibling();
        if (dd != null && dd.is("dd")) {
          document.addMetadata(dt.text().strip() + "：" + dd.text().strip());
        }
      }
    }
    for (Element e : page.getAllElements()) {
      Deadline.tick("metadata");
      if (e.childrenSize() <= 3 && METADATA.matcher(e.ownText()).find()) {
        String text = e.text().strip();
        if (text.length() <= 300) {
          document.addMetadata(text);
        }
      }
    }
    String text = blockText(article);
    Sections sections = Sections.find(text);
    for (Map.Entry<Section, String> e : sections.texts().entrySet()) {
      document.section(e.getKey(), e.getValue());
    }
    List<Element> inArticle = new ArrayList<>();
    for (Element t : article.getElementsByTag("table")) {
      if (t.getElementsByTag("table").size() == 1) {
        inArticle.add(t);
      }
    }
    if (inArticle.isEmpty()) {
      int from = Math.max(0, sections.start(Section.PROACTIVE_DISCLOSURE));
      int to = sections.start(Section.PROBLEMS_IMPROVEMENTS);
      document.addTable(PrintedTable.of(TextRows.rows(text, from, to < from ? text.length() : to)));
    }
    for (Element table : inArticle) {
      document.addTable(table(table));
    }
    return document.build();
  }

  /** Returns the smallest element holding every report table and the overview heading (or the body). */
  private static Element article(Document page, List<Element> tables) {
    Element body = page.body();
    if (tables.isEmpty()) {
      Element best = body;
      for (Element e : body.getAllElements()) {
        String own = e.text();
        if (own.contains("总体情况") && own.contains("其他需要报告") && e.text().length() < best.text().length()) {
          best = e;
        }
      }
      return best;
    }
    Element common = tables.get(0);
    for (Element t : tables) {
      while (!(t == common || t.parents().contains(common))) {
        common = common.parent();
      }
    }
    while (common != body && common.parent() != null && !common.text().contains("总体情况")) {
      common = common.parent();
    }
    return common;
  }

  private static String title(Document page, Element article) {
    Element meta = page.selectFirst("meta[name=ArticleTitle]");
    if (meta != null && !meta.attr("content").isBlank()) {
      return meta.attr("content").strip();
    }
    for (Element e : article.getAllElements()) {
      String own = e.ownText().strip();
      if (!own.isEmpty() && own.length() <= 80 && REPORT.matcher(own).find() && !own.contains("。")
          && !HEADING.matcher(own).find()) {
        return own;
      }
      if (own.length() > 80) {
        break;
      }
    }
    String title = page.title();
    // a page heading repeating the whole title: the title is the report's own, separators and all
    for (Element h1 : page.getElementsByTag("h1")) {
      if (!title.isBlank() && h1.text().strip().equals(title.strip())) {
        return title.strip();
      }
    }
    for (String part : TITLE_SEPARATOR.split(title)) {
      if (REPORT.matcher(part).find()) {
        return part.strip();
      }
    }
    return title.isBlank() ? null : title.strip();
  }

  /** Returns the text of an element with a line break after every block. */
  private static String blockText(Element root) {
    StringBuilder b = new StringBuilder();
    appendText(root, b);
    return b.toString();
  }

  private static void appendText(Node node, StringBuilder b) {
    for (Node child : node.childNodes()) {
      Deadline.tick("text");
      if (child instanceof TextNode) {
        b.append(((TextNode) child).text());
      } else if (child instanceof Element) {
        Element e = (Element) child;
        boolean block = BLOCKS.contains(e.normalName()) || e.tagName().equals("td") || e.tagName().equals("th");
        appendText(e, b);
        if (block) {
          b.append(e.tagName().equals("td") || e.tagName().equals("th") ? " | " : "\n");
        }
      }
    }
  }

  /** Returns the rows of a table, merged cells expanded: rowspans repeat label cells, colspans print once. */
  private static PrintedTable table(Element table) {
    List<PrintedRow> rows = new ArrayList<>();
    Map<Integer, Pending> below = new TreeMap<>();
    Elements trs = table.select("tr");
    for (Element tr : trs) {
      Deadline.check("table row at " + position(tr));
      List<PrintedCell> cells = new ArrayList<>();
      int column = 0;
      for (Element td : tr.children()) {
        if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
          continue;
        }
        column = flush(below, column, cells);
        String text = cellText(td);
        // our own writer marks a value it could not resolve (a run of digits, a word) with class="unresolved"
        PrintedCell cell = td.is("td.value.unresolved") ? PrintedCell.unresolved(text, position(td))
            : PrintedCell.of(text, position(td));
        cells.add(cell);
        int colspan = span(td.attr("colspan"));
        int rowspan = span(td.attr("rowspan"));
        if (rowspan > 1) {
          below.put(column, new Pending(Values.isValueLike(text) ? null : cell, colspan, rowspan - 1));
        }
        column += colspan;
      }
      flush(below, column, cells);
      for (Map.Entry<Integer, Pending> e : new ArrayList<>(below.entrySet())) {
        if (e.getKey() >= column && e.getValue().rows > 0) {
          if (e.getValue().cell != null) {
            cells.add(e.getValue().cell);
          }
          consume(below, e.getKey());
        }
      }
      if (tr.hasClass("extra")) {
        rows.add(extraRow(tr));
      } else if (!cells.isEmpty()) {
        rows.add(PrintedRow.of(cells, position(tr)));
      }
    }
    return PrintedTable.of(rows);
  }

  /**
   * Returns a row our own writer marks as not in the official format: its label (the row's own row header, or its
   * first cell) and its {@code td.extra} cells, an empty row being one filler cell.
   */
  private static PrintedRow extraRow(Element tr) {
    Element label = null;
    List<PrintedCell> cells = new ArrayList<>();
    for (Element td : tr.children()) {
      if (td.is("th")) {
        label = td;
      } else if (td.is("td") && label == null) {
        label = td;
      } else if (td.is("td.extra:not(.filler)")) {
        cells.add(PrintedCell.of(cellText(td), position(td)));
      }
    }
    PrintedCell labelCell = label == null ? PrintedCell.of("", position(tr)) : PrintedCell.of(cellText(label),
        position(label));
    return PrintedRow.extra(labelCell, cells, position(tr));
  }

  /** Adds the cells carried down from rows above at the current column; returns the next free column. */
  private static int flush(Map<Integer, Pending> below, int column, List<PrintedCell> cells) {
    Pending p;
    while ((p = below.get(column)) != null && p.rows > 0) {
      if (p.cell != null) {
        cells.add(p.cell);
      }
      int width = p.colspan;
      consume(below, column);
      column += width;
    }
    return column;
  }

  private static void consume(Map<Integer, Pending> below, int column) {
    Pending p = below.get(column);
    if (p.rows <= 1) {
      below.remove(column);
    } else {
      below.put(column, new Pending(p.cell, p.colspan, p.rows - 1));
    }
  }

  private static String cellText(Element td) {
    String text = td.text();
    String whole = td.wholeText();
    if (text.replace('\u00a0', ' ').isBlank() && whole.indexOf('\u00a0') >= 0) {
      return "&nbsp;";
    }
    return text.replace('\u00a0', ' ').strip();
  }

  /**
   * Returns a colspan or rowspan: the integer (as {@link Integer#parseInt} reads it) clamped to 1..1000, or 1 when
   * absent or not an integer. Parsed by hand: most cells have no span, and an exception per cell is costly.
   */
  static int span(String value) {
    String v = value.strip();
    int i = 0;
    boolean negative = false;
    if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
      negative = v.charAt(0) == '-';
      i = 1;
    }
    if (i == v.length()) {
      return 1;
    }
    long n = 0;
    for (; i < v.length(); i++) {
      int digit = Character.digit(v.charAt(i), 10);
      if (digit < 0) {
        return 1;
      }
      n = n * 10 + digit;
      if (n > Integer.MAX_VALUE) {
        return 1;
      }
    }
    return negative || n < 1 ? 1 : (int) Math.min(n, 1000);
  }

  private static Position position(Element e) {
    Range.Position start = e.sourceRange().start();
    if (start.lineNumber() < 1) {
      return Position.unknown();
    }
    return Position.ofLine(start.lineNumber(), Math.max(1, start.columnNumber()), start.pos());
  }

  /** A cell spanning rows below its own, with the rows still to fill. */
  private static final class Pending {
    final PrintedCell cell;
    final int colspan;
    final int rows;

    Pending(PrintedCell cell, int colspan, int rows) {
      this.cell = cell;
      this.colspan = colspan;
      this.rows = rows;
    }
  }
}
