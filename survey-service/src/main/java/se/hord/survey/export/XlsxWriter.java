package se.hord.survey.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes an XLSX workbook with fastexcel, flushing every few hundred rows to the stream. */
final class XlsxWriter implements Sheet {
  private static final int FLUSH_EVERY = 200;
  private final Workbook workbook;
  private final Worksheet sheet;
  private int row;

  XlsxWriter(OutputStream stream) {
    this.workbook = new Workbook(stream, "Hord", "1.0");
    this.sheet = workbook.newWorksheet("Svar");
  }

  @Override
  public void row(List<?> values) throws IOException {
    for (int c = 0; c < values.size(); c++) {
      Object value = values.get(c);
      if (value instanceof Number n) {
        sheet.value(row, c, n);
      } else if (value != null) {
        sheet.value(row, c, value.toString());
      }
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  @Override
  public void finish() throws IOException {
    workbook.finish();
  }
}
