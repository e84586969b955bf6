package io.github.xxgk.disclosure.io;

import io.github.xxgk.disclosure.model.BodyLevel;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.ProactiveBlock;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reports for writer tests: made by hand, and built cell by cell from the corpus's hand-checked values. */
public final class TestReports {
  /** Text meant to break naive HTML, Markdown and CSV writers. */
  public static final String HOSTILE = "<script>alert('x')</script> & \"q\" &amp; | *a* `b` [c](d) =1+2";

  private static final Set<String> BLANK_MARKERS = Set.of("", "&nbsp;", "-", "—", "/", "无");

  private TestReports() {}

  /** Returns a 2021 report with every metadata field, all sections, blanks, unresolved cells and extra rows. */
  public static Report full2021() {
    Catalog catalog = Catalog.of(Edition.GOV_2021);
    CellSheet sheet = CellSheet.of(catalog);
    int n = 0;
    for (TableId table : TableId.values()) {
      for (Cell cell : catalog.getCells(table)) {
        n++;
        if (cell.getKind() == CellKind.MONEY) {
          sheet.put(cell, CellValue.of(Money.ofWanYuan(new BigDecimal("190.457379")).withPrinted("190.457379")));
        } else {
          sheet.put(cell, n % 3 == 0 ? CellValue.of(n).withPrinted(Integer.toString(n)) : CellValue.of(n));
        }
      }
    }
    sheet.put("t3.new_received.research_institution", CellValue.blank("&nbsp;"));
    sheet.put("t3.new_received.social_welfare_org", CellValue.blank());
    sheet.put("t3.granted.other_org", CellValue.blank("—"));
    sheet.put("t3.granted.total", CellValue.unresolved("270020130"));
    sheet.put("t3.carried_over_to_next.total", CellValue.unresolved("=cmd|' /C calc'!A0"));
    sheet.put("t4.review.pending", CellValue.blank(""));
    sheet.put("t2.art20_1.regulations.issued", CellValue.of(3).withPrinted("+3"));
    sheet.put("t2.art20_1.regulations.repealed", CellValue.of(0).withPrinted("@0"));
    Map<Section, String> sections = new LinkedHashMap<>();
    for (Section section : Section.values()) {
      sections.put(section, section.getTitle() + "正文，第一段。\n第二段 " + HOSTILE);
    }
    return sheet.applyTo(Report.builder())
        .year(2022)
        .body("平潭综合实验区<b>金井</b>片区管理局 & \"测试\"")
        .level(BodyLevel.DEPARTMENT)
        .title("2022年政府信息公开工作年度报告 <i>" + HOSTILE + "</i>")
        .publishDate(LocalDate.of(2023, 1, 31))
        .indexNumber("-ZF001-2023-00012")
        .documentNumber("岚金〔2023〕1号")
        .citedNotice("国办公开办函〔2021〕30号")
        .issuer("@金井片区")
        .sourceUrl("https://www.pingtan.gov.cn/a?b=1&c=<2>")
        .sections(sections)
        .addExtraRows(ExtraRow.builder().table(TableId.PROACTIVE).block(ProactiveBlock.ART20_6)
            .label("行政检查 <x>").addCells("5", "-2", "=SUM(A1)").after("t2.art20_6.administrative_coercion").build())
        .addExtraRows(ExtraRow.builder().table(TableId.REQUESTS).label("（八）其他 \"附\"")
            .addCells("1", "", "", "", "", "", "1").after("t3.outcomes_total").build())
        .addExtraRows(ExtraRow.builder().table(TableId.REVIEW_LITIGATION).label("备注").addCells("无").build())
        .build();
  }

  /** Returns a MIXED report: a 2021 table 二 beside a 2019 table 三, with a 2019 procurement amount absent. */
  public static Report mixed() {
    CellSheet sheet = CellSheet.of(Catalog.of(Edition.GOV_2021, Edition.GOV_2019));
    sheet.put("t2.art20_1.regulations.issued", CellValue.of(2));
    sheet.put("t2.art20_8.administrative_fees.fee_amount", CellValue.of(Money.ofWanYuan(new BigDecimal("1.50"))));
    sheet.put("t3.other_handling.natural_person", CellValue.of(4));
    sheet.put("t3.new_received.total", CellValue.unresolved("七"));
    sheet.include(TableId.REVIEW_LITIGATION);
    return sheet.applyTo(Report.builder()).year(2021).body("某县人民政府").build();
  }

  /** Returns a 2019 report with table 三 only, an amount with an assumed unit being impossible without table 二. */
  public static Report requestsOnly2019() {
    CellSheet sheet = CellSheet.of(Catalog.of(Edition.GOV_2019));
    sheet.put("t3.new_received.natural_person", CellValue.of(7));
    sheet.put("t3.new_received.total", CellValue.of(7));
    return sheet.applyTo(Report.builder()).year(2020).body("某局").build();
  }

  /** Returns a 2019 report with a procurement amount whose unit was assumed. */
  public static Report procurement2019() {
    CellSheet sheet = CellSheet.of(Catalog.of(Edition.GOV_2019));
    sheet.put("t2.art20_9.government_centralized_procurement.procurement_amount",
        CellValue.of(Money.of(new BigDecimal("4.08"), MoneyUnit.YI_YUAN).withPrinted("4.08亿元")));
    sheet.put("t2.art20_5.administrative_licensing.items_change", CellValue.of(-6).withPrinted("-6"));
    return sheet.applyTo(Report.builder()).year(2019).body("上海市人民政府办公厅").build();
  }

  /** Returns a report with no tables at all, only metadata. */
  public static Report noTables() {
    return Report.builder().edition(Edition.GOV_2021).year(2023).body("某街道办事处").title("").build();
  }

  /** Returns every hand-made report. */
  public static List<Report> handMade() {
    return List.of(full2021(), mixed(), requestsOnly2019(), procurement2019(), noTables());
  }

  /** Returns the corpus directory given by the build (system property {@code disclosure.corpus}). */
  public static Path corpus() {
    String dir = System.getProperty("disclosure.corpus");
    if (dir == null) {
      throw new IllegalStateException("system property disclosure.corpus is not set; run the tests with Maven");
    }
    return Path.of(dir);
  }

  /**
   * Returns, per file name, the report built cell by cell from each {@code corpus/expected/*.tsv}: values as
   * printed, blank markers as blank cells, cells the source does not determine as unresolved.
   */
  public static Map<String, Report> fromExpected() {
    try {
      Map<String, String[]> sources = new LinkedHashMap<>();
      for (String line : Files.readAllLines(corpus().resolve("SOURCES.tsv"), StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t", -1);
        sources.put(fields[0], fields);
      }
      Map<String, Report> reports = new LinkedHashMap<>();
      List<Path> files;
      try (Stream<Path> list = Files.list(corpus().resolve("expected"))) {
        files = list.filter(p -> p.toString().endsWith(".tsv")).sorted().collect(Collectors.toList());
      }
      for (Path file : files) {
        String name = file.getFileName().toString().replaceFirst("\\.tsv$", "");
        String[] source = sources.entrySet().stream()
            .filter(e -> e.getKey().replaceFirst("\\.(txt|html|md|pdf)$", "").equals(name))
            .map(Map.Entry::getValue).findFirst()
            .orElseThrow(() -> new IllegalStateException("no SOURCES.tsv row for " + name));
        reports.put(name, fromExpected(file, source));
      }
      return reports;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Report fromExpected(Path file, String[] source) throws IOException {
    Edition edition = source[1].equals("e2019") ? Edition.GOV_2019 : Edition.GOV_2021;
    Catalog catalog = Catalog.of(edition);
    List<String[]> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank() && !line.startsWith("table\t")) {
        lines.add(line.split("\t", -1));
      }
    }
    CellSheet sheet = CellSheet.of(catalog);
    List<Cell> cells = catalog.getCells();
    int next = 0;
    for (String[] line : lines) {
      String column = line[2];
    // column labels are as printed (e.g. 本年新 (第1列)); alignment is checked by table and by the total cell count
      int span = 1;
      if (column.contains(" | ")) {
        span = column.split(" \\| ").length;
      } else if (column.startsWith("(all ")) {
        span = Integer.parseInt(column.replaceAll("^\\(all (\\d+) columns\\).*", "$1"));
      }
      for (int i = 0; i < span; i++) {
        Cell cell = cells.get(next++);
        if (!cell.getTable().getNumeral().equals(line[0])) {
          throw new IllegalStateException(file + ": expected a line for " + cell + ", got table " + line[0]);
        }
        sheet.put(cell, value(cell, line[3], span == 1 ? line[4] : ""));
      }
    }
    if (next != cells.size()) {
      throw new IllegalStateException(file + ": " + next + " cells of " + cells.size());
    }
    return sheet.applyTo(Report.builder()).year(Integer.parseInt(source[2])).body(source[3]).build();
  }

  private static CellValue value(Cell cell, String printed, String number) {
    if (number.isEmpty()) {
      return BLANK_MARKERS.contains(printed) ? CellValue.blank(printed) : CellValue.unresolved(printed);
    }
    if (cell.getKind() != CellKind.MONEY) {
      return CellValue.of(Long.parseLong(number)).withPrinted(printed);
    }
    MoneyUnit unit = cell.getHeaderUnit().orElse(MoneyUnit.YUAN);
    for (MoneyUnit printedUnit : MoneyUnit.values()) {
      if (printed.endsWith(printedUnit.getLabel())) {
        unit = printedUnit;
      }
    }
    return CellValue.of(Money.of(new BigDecimal(number), unit).withPrinted(printed));
  }
}
