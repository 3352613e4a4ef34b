package se.hord.analysis.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.hord.analysis.web.Csv;

/**
 * Writes a search's selection as CSV or XLSX, row by row as it is read, so a large selection is
 * never held in memory whole.
 */
final class SelectionExport {
  static final List<String> HEADER =
      List.of(
          "svar (answer)",
          "källa (source)",
          "kommun (municipality)",
          "enkät eller dialog (origin)",
          "fråga (question)",
          "ålder (age band)",
          "kön (gender)",
          "område (area)",
          "datum (date)",
          "teman (themes)");
  private static final int FLUSH_EVERY = 1_000;

  private SelectionExport() {}

  static List<String> cells(Selection.Row row) {
    List<String> cells = new ArrayList<>(HEADER.size());
    cells.add(row.text());
    cells.add(row.source());
    cells.add(row.municipality());
    cells.add(row.origin());
    cells.add(row.question());
    cells.add(row.ageBand());
    cells.add(row.gender());
    cells.add(row.area());
    cells.add(row.date());
    cells.add(String.join(" ", row.themes()));
    return cells;
  }

  /**
   * RFC 4180 CSV in UTF-8 with a byte order mark. A young person's text that starts like a
   * spreadsheet formula ({@code = + - @}) gets a leading {@code '} so that Excel shows it rather
   * than runs it.
   */
  static void csv(Selection selection, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(Csv.BOM);
    writer.write(Csv.line(HEADER));
    selection.forEach(
        row -> {
          List<String> cells = cells(row);
          cells.replaceAll(SelectionExport::notAFormula);
          writer.write(Csv.line(cells));
        });
    writer.flush();
  }

  /** One worksheet; every cell is text, so nothing a young person wrote becomes a formula. */
  static void xlsx(Selection selection, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Hord", "1.0");
    Worksheet sheet = workbook.newWorksheet("Svar");
    for (int c = 0; c < HEADER.size(); c++) {
      sheet.value(0, c, HEADER.get(c));
    }
    int[] r = {1};
    selection.forEach(
        row -> {
          List<String> cells = cells(row);
          for (int c = 0; c < cells.size(); c++) {
            sheet.value(r[0], c, cells.get(c));
          }
          if (r[0]++ % FLUSH_EVERY == 0) {
            sheet.flush();
          }
        });
    workbook.finish();
  }

  private static String notAFormula(String value) {
    return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
