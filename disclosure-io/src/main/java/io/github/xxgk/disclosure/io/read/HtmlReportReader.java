package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.Section;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

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
  /** Elements never printed, removed before reading. */
  private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "iframe");
  private static final Evaluator ARTICLE_TITLE = QueryParser.parse("meta[name=ArticleTitle]");
  private static final Evaluator PUBLISHED = QueryParser.parse("meta[name=PubDate]");
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

  /**
   * Returns the page as a printed document (title, metadata lines, sections, tables), without mapping it. The page
   * is parsed without tracking positions; the positions of rows and cells are found when first asked for (as a
   * diagnostic does), by a second parse that tracks them.
   */
  public PrintedDocument parse(String html, String source) {
    Document page = Parser.htmlParser().parseInput(html, "");
    Walk walk = new Walk(page);
    for (Element e : walk.hidden) {
      e.remove();
    }
    Locator locator = new Locator(html);
    PrintedDocument.Builder document = PrintedDocument.builder();
    if (source != null) {
      document.source(source);
    }
    List<Element> tables = new ArrayList<>();
    for (Element table : walk.leafTables) {
      if (TABLE_WORDS.matcher(table.text()).find()) {
        tables.add(table);
      }
    }
    Element article = article(page, tables);
    String title = title(page, article, walk);
    if (title != null) {
      document.title(title);
    }
    if (walk.published != null && !walk.published.attr("content").isBlank()) {
      document.addMetadata("发布日期：" + walk.published.attr("content").strip());
    }
    // the metadata list of our own writer: 报告机关, 报告年度, 发布机构, 索引号, ... as term and description
    for (Element dl : walk.metadataLists) {
      for (Element dt : dl.getElementsByTag("dt")) {
        Element dd = dt.nextElementSibling();
        if (dd != null && dd.normalName().equals("dd")) {
          document.addMetadata(dt.text().strip() + "：" + dd.text().strip());
        }
      }
    }
    for (Element e : walk.metadata) {
      String text = e.text().strip();
      if (text.length() <= 300) {
        document.addMetadata(text);
      }
    }
    String text = blockText(article);
    Sections sections = Sections.find(text);
    for (Map.Entry<Section, String> e : sections.texts().entrySet()) {
      document.section(e.getKey(), e.getValue());
    }
    List<Element> inArticle = new ArrayList<>();
    for (Element t : walk.leafTables) {
      if (within(t, article)) {
        inArticle.add(t);
      }
    }
    if (inArticle.isEmpty()) {
      int from = Math.max(0, sections.start(Section.PROACTIVE_DISCLOSURE));
      int to = sections.start(Section.PROBLEMS_IMPROVEMENTS);
      document.addTable(PrintedTable.of(TextRows.rows(text, from, to < from ? text.length() : to)));
    }
    for (Element table : inArticle) {
      document.addTable(table(table, locator));
    }
    return document.build();
  }

  /** Removes what is never printed: scripts, styles, noscript, templates and frames. */
  private static void strip(Document page) {
    List<Element> hidden = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element && HIDDEN.contains(((Element) node).normalName())) {
          hidden.add((Element) node);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, page);
    for (Element e : hidden) {
      e.remove();
    }
  }

  /**
   * One walk over every element of the page, in document order, collecting what the page is read from: the
   * elements never printed (to remove), and beside them the tables holding no other table, the title and publish
   * date metadata, our own writer's metadata lists, and the elements whose own text is a metadata line.
   */
  private static final class Walk {
    final List<Element> hidden = new ArrayList<>();
    final List<Element> leafTables = new ArrayList<>();
    final List<Element> metadataLists = new ArrayList<>();
    final List<Element> metadata = new ArrayList<>();
    final List<Element> headings = new ArrayList<>();
    Element articleTitle;
    Element published;

    Walk(Document page) {
      Deadline deadline = Deadline.current();
      List<Element> open = new ArrayList<>();
      List<Boolean> nested = new ArrayList<>();
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (!(node instanceof Element)) {
            return FilterResult.CONTINUE;
          }
          deadline.tickHere("metadata");
          Element e = (Element) node;
          if (HIDDEN.contains(e.normalName())) {
            hidden.add(e);
            return FilterResult.SKIP_ENTIRELY;
          }
          switch (e.normalName()) {
            case "table":
              for (int i = 0; i < nested.size(); i++) {
                nested.set(i, true);
              }
              open.add(e);
              nested.add(false);
              break;
            case "meta":
              if (articleTitle == null && ARTICLE_TITLE.matches(page, e)) {
                articleTitle = e;
              }
              if (published == null && PUBLISHED.matches(page, e)) {
                published = e;
              }
              break;
            case "dl":
              if (e.hasClass("disclosure-meta")) {
                metadataLists.add(e);
              }
              break;
            case "h1":
              headings.add(e);
              break;
            default:
              break;
          }
          if (mayHoldMetadata(e) && printedChildren(e) <= 3 && METADATA.matcher(e.ownText()).find()) {
            metadata.add(e);
          }
          return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
          if (node instanceof Element && ((Element) node).normalName().equals("table")) {
            int last = open.size() - 1;
            if (!nested.get(last)) {
              leafTables.add(open.get(last));
            }
            open.remove(last);
            nested.remove(last);
          }
          return FilterResult.CONTINUE;
        }
      }, page);
    }

    /** Returns the number of child elements but those never printed (which are removed after the walk). */
    private static int printedChildren(Element e) {
      int count = 0;
      for (int i = 0; i < e.childNodeSize(); i++) {
        Node child = e.childNode(i);
        if (child instanceof Element && !HIDDEN.contains(((Element) child).normalName())) {
          count++;
        }
      }
      return count;
    }

    /**
     * Whether the element's own text nodes hold the characters some metadata label needs: 索 (索引号), 号 (文号),
     * 发 or 成 with 期 (发文日期, 发布日期, 成文日期), or 发 with 构 (发布机构). Own text is made of them alone.
     */
    private static boolean mayHoldMetadata(Element e) {
      boolean issued = false;
      boolean written = false;
      boolean date = false;
      boolean body = false;
      for (int i = 0; i < e.childNodeSize(); i++) {
        Node child = e.childNode(i);
        if (child instanceof TextNode) {
          String t = ((TextNode) child).getWholeText();
          if (t.indexOf('索') >= 0 || t.indexOf('号') >= 0) {
            return true;
          }
          issued |= t.indexOf('发') >= 0;
          written |= t.indexOf('成') >= 0;
          date |= t.indexOf('期') >= 0;
          body |= t.indexOf('构') >= 0;
        }
      }
      return (issued || written) && date || issued && body;
    }
  }

  /** Whether the element is the ancestor or one of its descendants. */
  private static boolean within(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
  /** Returns the smallest element holding every report table and the overview heading (or the body). */
  private static Element article(Document page, List<Element> tables) {
    Element body = page.body();
    if (tables.isEmpty()) {
      Element best = body;
      int bestLength = body.text().length();
      for (Element e : body.getAllElements()) {
        String own = e.text();
        if (own.contains("总体情况") && own.contains("其他需要报告") && own.length() < bestLength) {
          best = e;
          bestLength = own.length();
        }
      }
      return best;
    }
    Element common = tables.get(0);
    for (Element t : tables) {
      while (!within(t, common)) {
        common = common.parent();
      }
    }
    while (common != body && common.parent() != null && !common.text().contains("总体情况")) {
      common = common.parent();
    }
    return common;
  }

  private static String title(Document page, Element article, Walk walk) {
    Element meta = walk.articleTitle;
    if (meta != null && !meta.attr("content").isBlank()) {
      return meta.attr("content").strip();
    }
    String[] found = new String[1];
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element)) {
          return FilterResult.CONTINUE;
        }
        String own = ((Element) node).ownText().strip();
        if (!own.isEmpty() && own.length() <= 80 && REPORT.matcher(own).find() && !own.contains("。")
            && !HEADING.matcher(own).find()) {
          found[0] = own;
          return FilterResult.STOP;
        }
        return own.length() > 80 ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, article);
    if (found[0] != null) {
      return found[0];
    }
    String title = page.title();
    // a page heading repeating the whole title: the title is the report's own, separators and all
    for (Element h1 : walk.headings) {
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
    appendText(root, b, Deadline.current());
    return b.toString();
  }

  private static void appendText(Node node, StringBuilder b, Deadline deadline) {
    for (int i = 0; i < node.childNodeSize(); i++) {
      Node child = node.childNode(i);
      deadline.tickHere("text");
      if (child instanceof TextNode) {
        // as TextNode.text() normalises it, appended in place
        StringUtil.appendNormalisedWhitespace(b, ((TextNode) child).getWholeText(), false);
      } else if (child instanceof Element) {
        Element e = (Element) child;
        boolean cell = e.tagName().equals("td") || e.tagName().equals("th");
        boolean block = cell || BLOCKS.contains(e.normalName());
        appendText(e, b, deadline);
        if (block) {
          b.append(cell ? " | " : "\n");
        }
      }
    }
  }

  /** Returns the rows of a table, merged cells expanded: rowspans repeat label cells, colspans print once. */
  private static PrintedTable table(Element table, Locator locator) {
    List<PrintedRow> rows = new ArrayList<>();
    Map<Integer, Pending> below = new TreeMap<>();
    for (Element tr : rows(table)) {
      Position at = locator.at(tr);
      Deadline.check("table row at ", at);
      List<PrintedCell> cells = new ArrayList<>();
      int column = 0;
      for (int i = 0; i < tr.childNodeSize(); i++) {
        Node child = tr.childNode(i);
        String name = child instanceof Element ? ((Element) child).normalName() : "";
        if (!name.equals("td") && !name.equals("th")) {
          continue;
        }
        Element td = (Element) child;
        column = flush(below, column, cells);
        String text = cellText(td);
        // our own writer marks a value it could not resolve (a run of digits, a word) with class="unresolved"
        PrintedCell cell = name.equals("td") && td.hasClass("value") && td.hasClass("unresolved")
            ? PrintedCell.unresolved(text, locator.at(td)) : PrintedCell.of(text, locator.at(td));
        cells.add(cell);
        int colspan = span(td.attr("colspan"));
        int rowspan = span(td.attr("rowspan"));
        if (rowspan > 1) {
          below.put(column, new Pending(Values.isValueLike(text) ? null : cell, colspan, rowspan - 1));
        }
        column += colspan;
      }
      flush(below, column, cells);
      if (!below.isEmpty()) {
        for (Map.Entry<Integer, Pending> e : new ArrayList<>(below.entrySet())) {
          if (e.getKey() >= column && e.getValue().rows > 0) {
            if (e.getValue().cell != null) {
              cells.add(e.getValue().cell);
            }
            consume(below, e.getKey());
          }
        }
      }
      if (tr.hasClass("extra")) {
        rows.add(extraRow(tr, locator));
      } else if (!cells.isEmpty()) {
        rows.add(PrintedRow.of(cells, at));
      }
    }
    return PrintedTable.of(rows);
  }

  /**
   * Returns a row our own writer marks as not in the official format: its label (the row's own row header, or its
   * first cell) and its {@code td.extra} cells, an empty row being one filler cell.
   */
  private static PrintedRow extraRow(Element tr, Locator locator) {
    Element label = null;
    List<PrintedCell> cells = new ArrayList<>();
    for (Element td : tr.children()) {
      String name = td.normalName();
      if (name.equals("th")) {
        label = td;
      } else if (name.equals("td") && label == null) {
        label = td;
      } else if (name.equals("td") && td.hasClass("extra") && !td.hasClass("filler")) {
        cells.add(PrintedCell.of(cellText(td), locator.at(td)));
      }
    }
    PrintedCell labelCell = label == null ? PrintedCell.of("", locator.at(tr))
        : PrintedCell.of(cellText(label), locator.at(label));
    return PrintedRow.extra(labelCell, cells, locator.at(tr));
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
    String text = ownText(td).replace('\u00a0', ' ');
    if (text.isBlank() && td.wholeText().indexOf('\u00a0') >= 0) {
      return "&nbsp;";
    }
    return text.strip();
  }

  /**
   * Returns the cell's {@link Element#text()}: computed here for the common cell of one text node (as text() would
   * compute it: whitespace normalised, then trimmed), by text() otherwise.
   */
  private static String ownText(Element td) {
    if (td.childNodeSize() == 1 && td.childNode(0).getClass() == TextNode.class) {
      for (Element e = td; e != null; e = e.parent()) {
        if (e.tag().preserveWhitespace()) {
          return td.text();
        }
      }
      return StringUtil.normaliseWhitespace(((TextNode) td.childNode(0)).getWholeText()).trim();
    }
    return td.text();
  }

  /** Returns the rows of a table in document order (its descendants named tr). */
  private static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    addRows(table, rows);
    return rows;
  }

  private static void addRows(Element e, List<Element> rows) {
    for (int i = 0; i < e.childNodeSize(); i++) {
      Node child = e.childNode(i);
      if (child instanceof Element) {
        if (((Element) child).normalName().equals("tr")) {
          rows.add((Element) child);
        }
        addRows((Element) child, rows);
      }
    }
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

  /**
   * Finds where the elements of a page parsed without positions start in its source: when first asked, the page
   * is parsed again tracking positions, hidden elements removed alike, and an element is found there by its path
   * of child indexes. Its line and column are counted from its offset here (jsoup's own line and column drift on
   * long lines). Thread-safe.
   */
  private static final class Locator {
    private final String html;
    private Document tracked;
    private int[] lineStarts;

    Locator(String html) {
      this.html = html;
    }

    /** Returns the position of the element's start tag, found when first asked for. */
    Position at(Element e) {
      return Position.deferred(() -> find(e));
    }

    private synchronized Position find(Element e) {
      if (tracked == null) {
        tracked = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        strip(tracked);
        lineStarts = lineStarts(html);
      }
      List<Integer> path = new ArrayList<>();
      for (Node n = e; n.parentNode() != null; n = n.parentNode()) {
        path.add(n.siblingIndex());
      }
      Node there = tracked;
      for (int i = path.size() - 1; i >= 0; i--) {
        there = there.childNode(path.get(i));
      }
      Range.Position start = there.sourceRange().start();
      if (start.lineNumber() < 1) {
        return Position.unknown();
      }
      int offset = start.pos();
      int line = Arrays.binarySearch(lineStarts, offset);
      line = line >= 0 ? line : -line - 2;
      return Position.ofLine(line + 1, offset - lineStarts[line] + 1, offset);
    }

    /** The offset where each line starts: 0, then after every {@code \n}. */
    private static int[] lineStarts(String text) {
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        count += text.charAt(i) == '\n' ? 1 : 0;
      }
      int[] starts = new int[count];
      int line = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts[line++] = i + 1;
        }
      }
      return starts;
    }
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
