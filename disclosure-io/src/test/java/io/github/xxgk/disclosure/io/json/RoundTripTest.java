package io.github.xxgk.disclosure.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.BodyLevel;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.ImmutableExtraRow;
import io.github.xxgk.disclosure.model.ImmutableReport;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.ProactiveBlock;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Writing any report and reading it back gives an equal report. */
class RoundTripTest {
  private static final String[] TEXTS = {"", " ", "-", "—", "/", "无", "&nbsp;", "０", "+5", "12 3", "\"q\"", "a\\b",
      "tab\there", "line\nbreak", "\u0001", "𠀀 surrogate pair", "2笔 984361元"};

  @Test
  void readsBackEveryReportItWrites() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Report report = randomReport(new Random(seed));
      try {
        assertEquals(report, ReportJson.read(ReportJson.write(report), "seed-" + seed));
        assertEquals(report, ReportJson.read(ReportJson.writePretty(report), "seed-" + seed));
      } catch (ReportReadException e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
      }
    });
  }

  /** Returns a random valid report of either edition or MIXED, with blanks, printed texts and every optional part. */
  static Report randomReport(Random random) {
    Edition proactive = random.nextBoolean() ? Edition.GOV_2019 : Edition.GOV_2021;
    Edition requests = random.nextInt(4) == 0 ? other(proactive) : proactive;
    Catalog catalog = Catalog.of(proactive, requests);
    CellSheet sheet = CellSheet.of(catalog);
    boolean mixed = proactive != requests;
    for (TableId table : TableId.values()) {
      boolean include = mixed && table != TableId.REVIEW_LITIGATION || random.nextInt(5) > 0;
      if (!include) {
        continue;
      }
      sheet.include(table);
      for (Cell cell : catalog.getCells(table)) {
        CellValue value = randomValue(cell, random);
        if (value != null) {
          sheet.put(cell, value);
        }
      }
    }
    ImmutableReport.Builder builder = sheet.applyTo(Report.builder())
        .year(2019 + random.nextInt(100))
        .body(text(random) + "人民政府");
    if (random.nextBoolean()) {
      builder.level(BodyLevel.values()[random.nextInt(BodyLevel.values().length)]);
    }
    if (random.nextBoolean()) {
      builder.title(text(random)).indexNumber(text(random)).documentNumber(text(random))
          .citedNotice(text(random)).issuer(text(random)).sourceUrl(text(random))
          .publishDate(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000)));
    }
    for (Section section : Section.values()) {
      if (random.nextBoolean()) {
        builder.putSections(section, text(random));
      }
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      TableId table = TableId.values()[random.nextInt(3)];
      ImmutableExtraRow.Builder row = ExtraRow.builder().table(table).label(text(random));
      if (table == TableId.PROACTIVE) {
        row.block(ProactiveBlock.values()[random.nextInt(4)]).after("t2.art20_1.regulations");
      }
      for (int c = random.nextInt(4); c > 0; c--) {
        row.addCells(text(random));
      }
      builder.addExtraRows(row.build());
    }
    Report report = builder.build();
    ImmutableReport.Builder more = Report.builder().from(report);
    for (Cell cell : catalog.getCells()) {
      boolean held = report.hasTable(cell.getTable());
      if (!held && random.nextInt(20) == 0) {
        more.putPrinted(cell.getAddress(), text(random));
      } else if (held && cell.getKind() == CellKind.MONEY && report.get(cell).getMoney().isPresent()
          && random.nextBoolean()) {
        more.putPrinted(cell.getAddress(), text(random));
      }
    }
    return more.build();
  }

  private static CellValue randomValue(Cell cell, Random random) {
    switch (random.nextInt(8)) {
      case 0:
        return null;
      case 1:
        return random.nextBoolean() ? CellValue.blank() : CellValue.blank(text(random));
      case 2:
        return CellValue.unresolved(text(random));
      default:
        break;
    }
    if (cell.getKind() == CellKind.MONEY) {
      BigDecimal amount = new BigDecimal(new BigInteger(random.nextInt(90) + 1, random), random.nextInt(9));
      Money money = Money.of(amount, MoneyUnit.values()[random.nextInt(3)]).withUnitAssumed(random.nextBoolean());
      return CellValue.of(random.nextBoolean() ? money.withPrinted(text(random)) : money);
    }
    long count = random.nextInt(3) == 0 ? random.nextLong() & Long.MAX_VALUE : random.nextInt(2000);
    if (cell.getKind() == CellKind.SIGNED_COUNT && random.nextBoolean()) {
      count = random.nextInt(3) == 0 ? Long.MIN_VALUE : -count;
    }
    CellValue value = CellValue.of(count);
    return random.nextBoolean() ? value.withPrinted(text(random)) : value;
  }

  private static Edition other(Edition edition) {
    return edition == Edition.GOV_2019 ? Edition.GOV_2021 : Edition.GOV_2019;
  }

  private static String text(Random random) {
    return TEXTS[random.nextInt(TEXTS.length)] + (random.nextBoolean() ? "" : TEXTS[random.nextInt(TEXTS.length)]);
  }

  @Test
  void readsBackJsonLinesOfManyReports() throws ReportReadException {
    Random random = new Random(7L);
    List<Report> reports = Stream.generate(() -> randomReport(random)).limit(300).toList();
    String lines = ReportJson.writeLines(reports);
    assertEquals(300, lines.chars().filter(c -> c == '\n').count());
    assertEquals(reports, ReportJson.readLines(lines.getBytes(StandardCharsets.UTF_8), "many.jsonl"));
  }
}
