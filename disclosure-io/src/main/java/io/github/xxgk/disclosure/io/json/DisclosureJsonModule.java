package io.github.xxgk.disclosure.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.Report;
import java.io.File;
import java.io.IOException;

/**
 * The Jackson module that reads and writes {@link Report} as canonical JSON (see {@code report.schema.json}); the
 * model itself carries no Jackson annotations.
 *
 * <p>Register it with {@code new ObjectMapper().registerModule(new DisclosureJsonModule())}. Input that is not a
 * canonical report fails with a {@link JsonMappingException} whose message starts with, and whose cause is, the
 * {@link ReportReadException} naming the JSON path, line and column. {@link ReportJson} does the same without a mapper, with input limits applied.
 */
public final class DisclosureJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public DisclosureJsonModule() {
    super("DisclosureJsonModule", Version.unknownVersion());
    addSerializer(Report.class, new ReportSerializer());
    addDeserializer(Report.class, new ReportDeserializer());
  }

  /** Writes a report with {@link ReportJsonWriter}. */
  static final class ReportSerializer extends StdSerializer<Report> {
    private static final long serialVersionUID = 1L;

    ReportSerializer() {
      super(Report.class);
    }

    @Override
    public void serialize(Report report, JsonGenerator g, SerializerProvider provider) throws IOException {
      ReportJsonWriter.write(report, g);
    }
  }

  /** Reads a report with {@link ReportJsonReader}. */
  static final class ReportDeserializer extends StdDeserializer<Report> {
    private static final long serialVersionUID = 1L;

    ReportDeserializer() {
      super(Report.class);
    }

    @Override
    public Report deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      Object source = parser.currentLocation().contentReference().getRawContent();
      ReportJsonReader reader = new ReportJsonReader(parser, source instanceof File ? ((File) source).getName() : null);
      try {
        return reader.readCurrent();
      } catch (ReportReadException e) {
        throw JsonMappingException.from(parser, e.getMessage(), e);
      } finally {
        reader.release();
      }
    }
  }
}
