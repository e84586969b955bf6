package io.github.xxgk.disclosure.io.robust;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.csv.CsvReportReader;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.io.pdf.PdfReportReader;
import io.github.xxgk.disclosure.io.read.HtmlReportReader;
import io.github.xxgk.disclosure.io.read.TextReportReader;
import java.io.ByteArrayInputStream;

/** Every reader of untrusted bytes, as a {@link BoundedRead.ByteReader}. */
enum Readers implements BoundedRead.ByteReader {
  HTML {
    @Override
    public ReadResult read(byte[] input) throws java.io.IOException {
      return HtmlReportReader.of().read(input, "fuzz.html");
    }
  },
  TEXT {
    @Override
    public ReadResult read(byte[] input) throws java.io.IOException {
      return TextReportReader.of().read(input, "fuzz.txt");
    }
  },
  JSON {
    @Override
    public ReadResult read(byte[] input) throws java.io.IOException {
      return ReadResult.of(ReportJson.read(input, "fuzz.json"));
    }
  },
  CSV {
    @Override
    public ReadResult read(byte[] input) throws java.io.IOException {
      return CsvReportReader.of().read(new ByteArrayInputStream(input), "fuzz.csv");
    }
  },
  PDF {
    @Override
    public ReadResult read(byte[] input) throws java.io.IOException {
      return PdfReportReader.of().read(new ByteArrayInputStream(input), "fuzz.pdf");
    }
  };

  /** Reads the input under the bounds of {@link BoundedRead}. */
  BoundedRead.Outcome readBounded(byte[] input) {
    return BoundedRead.read(name() + " reader", this, input);
  }

  /** Reads the input under the bounds of {@link BoundedRead}, from a {@code @FuzzTest} (Jazzer's hooks active). */
  BoundedRead.Outcome readFuzzed(byte[] input) {
    return BoundedRead.read(name() + " reader", this, input, BoundedRead.JAZZER_ALLOCATION_FACTOR);
  }
}
