package io.github.xxgk.disclosure.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JSON Schema shipped in the jar and in docs/ specifies what the reader and writer do. */
class ReportSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static byte[] resource() throws IOException {
    try (InputStream in = ReportJson.class.getResourceAsStream("report.schema.json")) {
      return in.readAllBytes();
    }
  }

  private static JsonNode schemaNode() throws IOException {
    return MAPPER.readTree(resource());
  }

  private static JsonSchema schema() throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
  }

  @Test
  void shipsTheSchemaOfDocsInTheJar() throws IOException {
    Path docs = Path.of(System.getProperty("disclosure.root", "../"), "docs", "report.schema.json");
    assertArrayEquals(Files.readAllBytes(docs), resource());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schemaNode().get("$schema").asText());
  }

  @Test
  void acceptsEveryExample() throws IOException {
    JsonSchema schema = schema();
    List<Path> examples;
    try (Stream<Path> files = Files.list(ExamplesTest.EXAMPLES)) {
      examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(2, examples.size(), examples.toString());
    for (Path example : examples) {
      Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(example.toFile()));
      assertEquals(Set.of(), errors, example.toString());
    }
  }

  @Test
  void acceptsWhatTheWriterWrites() throws IOException {
    JsonSchema schema = schema();
    for (Report report : List.of(Fixtures.scraped2019(), Fixtures.mixed(), Fixtures.tableFourOnly(),
        Fixtures.amounts2021())) {
      assertEquals(Set.of(), schema.validate(MAPPER.readTree(ReportJson.write(report))), report.getBody());
    }
    java.util.Random random = new java.util.Random(11L);
    for (int i = 0; i < 60; i++) {
      String json = ReportJson.write(RoundTripTest.randomReport(random));
      assertEquals(Set.of(), schema.validate(MAPPER.readTree(json)), json);
    }
  }

  @Test
  void rejectsWhatTheReaderRejects() throws IOException {
    JsonSchema schema = schema();
    ObjectNode negative = (ObjectNode) MAPPER.readTree(ExamplesTest.EXAMPLES.resolve(ExamplesTest.XUANHUA).toFile());
    ((ObjectNode) negative.at("/tables/t3/granted")).set("total", IntNode.valueOf(-1));
    assertTrue(locations(schema.validate(negative)).contains("/tables/t3/granted/total"));

    ObjectNode otherEdition = (ObjectNode) MAPPER.readTree(ExamplesTest.EXAMPLES.resolve(ExamplesTest.XUANHUA)
        .toFile());
    ((ObjectNode) otherEdition.at("/tables/t3")).set("other_other", otherEdition.at("/tables/t3/granted"));
    assertTrue(!schema.validate(otherEdition).isEmpty());

    ObjectNode unknownEdition = (ObjectNode) MAPPER.readTree(ExamplesTest.EXAMPLES.resolve(ExamplesTest.PINGTAN)
        .toFile());
    unknownEdition.set("edition", TextNode.valueOf("GOV_2020"));
    assertTrue(locations(schema.validate(unknownEdition)).contains("/edition"));

    ObjectNode missing = (ObjectNode) MAPPER.readTree(ExamplesTest.EXAMPLES.resolve(ExamplesTest.PINGTAN).toFile());
    ((ObjectNode) missing.at("/tables/t4/review")).remove("pending");
    assertEquals(Set.of("/tables/t4/review"), locations(schema.validate(missing)));
  }

  @Test
  void listsExactlyTheCellsOfTheCatalog() throws IOException {
    JsonNode defs = schemaNode().get("$defs");
    for (Edition edition : new Edition[] {Edition.GOV_2019, Edition.GOV_2021}) {
      Catalog catalog = Catalog.of(edition);
      Set<String> expected = new TreeSet<>();
      for (Cell cell : catalog.getCells()) {
        expected.add(cell.getAddress() + ":" + cell.getKind());
      }
      Set<String> actual = new TreeSet<>();
      JsonNode t2 = defs.get("t2_" + edition).get("properties");
      for (Iterator<String> blocks = t2.fieldNames(); blocks.hasNext(); ) {
        String block = blocks.next();
        if (!block.equals("edition")) {
          addRows(defs, "t2." + block, t2.get(block).get("properties"), actual);
        }
      }
      addRows(defs, "t3", defs.get("t3_" + edition).get("properties"), actual);
      addRows(defs, "t4", defs.get("t4").get("properties"), actual);
      assertEquals(expected, actual, edition.name());
      List<String> t3Rows = new ArrayList<>();
      defs.get("t3_" + edition).get("required").forEach(r -> t3Rows.add(r.asText()));
      assertEquals(catalog.getRows(TableId.REQUESTS).stream().map(CatalogRow::getId).toList(), t3Rows);
    }
  }

  private static void addRows(JsonNode defs, String prefix, JsonNode rows, Set<String> into) {
    for (Iterator<String> names = rows.fieldNames(); names.hasNext(); ) {
      String row = names.next();
      if (row.equals("edition")) {
        continue;
      }
      JsonNode node = rows.get(row);
      if (node.has("$ref")) {
        node = defs.get(node.get("$ref").asText().substring("#/$defs/".length()));
      }
      JsonNode columns = node.get("properties");
      for (Iterator<String> cols = columns.fieldNames(); cols.hasNext(); ) {
        String column = cols.next();
        String kind = columns.get(column).get("$ref").asText();
        into.add(prefix + "." + row + "." + column + ":"
            + (kind.endsWith("moneyCell") ? "MONEY" : kind.endsWith("signedCountCell") ? "SIGNED_COUNT" : "COUNT"));
      }
    }
  }

  private static Set<String> locations(Set<ValidationMessage> messages) {
    Set<String> locations = new TreeSet<>();
    for (ValidationMessage message : messages) {
      locations.add(message.getInstanceLocation().toString().replace("$", "").replace('.', '/'));
    }
    return locations;
  }
}
