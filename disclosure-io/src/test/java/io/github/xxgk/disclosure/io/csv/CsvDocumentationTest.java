package io.github.xxgk.disclosure.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDocumentationTest {
  @Test
  void everyExampleRecordInDocsIsWhatTheWriterWrites() throws IOException {
    String doc = Files.readString(Path.of(System.getProperty("disclosure.root"), "docs", "CSV.md"),
        StandardCharsets.UTF_8);
    int start = doc.indexOf("```csv\n") + "```csv\n".length();
    List<String> example = Arrays.asList(doc.substring(start, doc.indexOf("```", start)).split("\n"));
    CellSheet sheet = CellSheet.of(Catalog.of(Edition.GOV_2019));
    sheet.put("t2.art20_5.administrative_licensing.items_change", CellValue.of(-6).withPrinted("-6"));
    sheet.put("t2.art20_9.government_centralized_procurement.procurement_amount",
        CellValue.of(Money.ofYuan(new BigDecimal("251000")).withPrinted("251000元")));
    sheet.put("t3.new_received.research_institution", CellValue.blank("&nbsp;"));
    sheet.put("t3.granted.total", CellValue.unresolved("270020130"));
    sheet.include(TableId.REVIEW_LITIGATION);
    Report report = sheet.applyTo(Report.builder()).year(2019).body("上海市人民政府办公厅")
        .addExtraRows(ExtraRow.builder().table(TableId.REQUESTS).label("（八）其他").addCells("1", "")
            .after("t3.outcomes_total").build())
        .build();
    List<String> written = Arrays.asList(CsvReportWriter.of().toCsv(report).split("\r\n"));
    assertEquals(9, example.size());
    for (String line : example) {
      assertTrue(written.contains(line), "docs/CSV.md example record not written: " + line);
    }
    assertEquals(report, CsvReportReader.of().read(String.join("\r\n", written)).getReport());
  }
}
