package se.hord.dialogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes the parts as one workbook with a sheet each, streamed with fastexcel. */
final class Xlsx {
  private static final int FLUSH_EVERY = 500;

  private Xlsx() {}

  /** Writes every table as a sheet of one workbook. */
  static void write(List<ExportTable> tables, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Hord", "1.0");
    for (ExportTable table : tables) {
      Worksheet sheet = workbook.newWorksheet(table.sheet());
      for (int c = 0; c < table.headings().size(); c++) {
        sheet.value(0, c, table.headings().get(c));
        sheet.style(0, c).bold().set();
      }
      int r = 1;
      for (List<Object> row : table.rows()) {
        for (int c = 0; c < row.size(); c++) {
          cell(sheet, r, c, row.get(c));
        }
        if (r % FLUSH_EVERY == 0) {
          sheet.flush();
        }
        r++;
      }
      sheet.finish();
    }
    workbook.finish();
  }

  private static void cell(Worksheet sheet, int r, int c, Object value) {
    switch (value) {
      case null -> {}
      case Number n -> sheet.value(r, c, n);
      case LocalDate d -> {
        sheet.value(r, c, d);
        sheet.style(r, c).format("yyyy-mm-dd").set();
      }
      default -> sheet.value(r, c, value.toString());
    }
  }
}
