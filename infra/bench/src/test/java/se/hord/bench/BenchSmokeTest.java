package se.hord.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.hord.testkit.TestDatabase;

/**
 * Runs the whole harness at smoke sizes against real services and MariaDB, so it cannot rot. No
 * timing is asserted: only that every row is filled and results.json is valid.
 */
class BenchSmokeTest {
  private static final List<String> FIELDS =
      List.of("name", "value", "unit", "baseline", "ratio", "goal", "met");

  @Test
  void smokeRunFillsEveryRowAndWritesValidJson() throws Exception {
    Path root = BenchMain.root();
    // Its own databases and folder, so a `./hord bench` on the same server is left alone.
    Path work = root.resolve("infra/bench/target/bench-smoke");
    Results results =
        BenchMain.run(root, Sizes.forSmoke(), TestDatabase.name("hord_benchsmoke_"), work);

    assertFalse(results.rows().isEmpty());
    for (Row row : results.rows()) {
      assertTrue(
          row.value() != null || "not available yet".equals(row.note()), "row not filled: " + row);
    }
    JsonNode json = new ObjectMapper().readTree(work.resolve("results.json").toFile());
    assertTrue(json.isArray());
    assertEquals(results.rows().size(), json.size());
    for (JsonNode row : json) {
      for (String field : FIELDS) {
        assertTrue(row.has(field), field + " missing in " + row);
      }
      assertNotNull(row.get("name").textValue());
    }
  }
}
