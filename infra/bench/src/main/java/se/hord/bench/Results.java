package se.hord.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rows of one run: printed as one table and written as JSON. */
public final class Results {
  private final List<Row> rows = new ArrayList<>();

  synchronized void add(Row row) {
    rows.add(row);
    System.out.println("  " + format(row));
  }

  public synchronized List<Row> rows() {
    return List.copyOf(rows);
  }

  /** The table, one line a row, columns aligned. */
  void print(PrintStream out) {
    String header =
        String.format(
            Locale.ROOT,
            "%-52s %12s %-10s %12s %8s %-28s %s",
            "benchmark",
            "value",
            "unit",
            "baseline",
            "ratio",
            "goal",
            "met");
    out.println(header);
    out.println("-".repeat(header.length() + 4));
    for (Row row : rows()) {
      out.println(format(row));
    }
  }

  private static String format(Row r) {
    String line =
        String.format(
            Locale.ROOT,
            "%-52s %12s %-10s %12s %8s %-28s %s",
            r.name(),
            r.value() == null ? "—" : number(r.value()),
            r.unit(),
            r.baseline() == null ? "—" : number(r.baseline()),
            r.ratio() == null ? "—" : number(r.ratio()) + "×",
            r.goal() == null ? "—" : r.goal(),
            r.met() == null ? "—" : r.met() ? "yes" : "NO");
    return r.note() == null ? line : line + "  (" + r.note() + ")";
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.3g", v);
  }

  /** Writes {@code [{name, value, unit, baseline, ratio, goal, met, note}, ...]}. */
  void writeJson(Path file, Map<String, Object> about) throws IOException {
    Files.createDirectories(file.getParent());
    List<Map<String, Object>> json = new ArrayList<>();
    for (Row r : rows()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("name", r.name());
      o.put("value", r.value());
      o.put("unit", r.unit());
      o.put("baseline", r.baseline());
      o.put("ratio", r.ratio());
      o.put("goal", r.goal());
      o.put("met", r.met());
      o.put("note", r.note());
      json.add(o);
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.resolveSibling("run.json").toFile(), about);
  }
}
