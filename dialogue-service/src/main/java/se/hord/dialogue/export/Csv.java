package se.hord.dialogue.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says: comma separated, CRLF line ends, a field in double quotes when it
 * holds a comma, quote, CR or LF, with its quotes doubled. The file starts with a UTF-8 byte order
 * mark so Excel reads å, ä and ö right. A text cell starting with = + - @ or a tab gets a leading
 * apostrophe, so a spreadsheet never runs a young person's text as a formula.
 */
final class Csv {
  static final char BOM = '\uFEFF';

  private Csv() {}

  /** Writes the whole table, row by row. */
  static void write(ExportTable table, Writer out) throws IOException {
    out.write(BOM);
    line(List.copyOf(table.headings()), out);
    for (List<Object> row : table.rows()) {
      line(row, out);
    }
    out.flush();
  }

  private static void line(List<Object> cells, Writer out) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** One cell as a CSV field. */
  static String field(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Number) {
      return cell.toString();
    }
    String text = cell.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\r') >= 0
            || text.indexOf('\n') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
