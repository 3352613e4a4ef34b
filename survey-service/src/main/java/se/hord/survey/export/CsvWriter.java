package se.hord.survey.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says (comma, CRLF, quotes doubled, fields with a comma, quote or line
 * break quoted), UTF-8 with a byte order mark so Excel reads å, ä, ö right. A text that starts with
 * {@code = + - @} gets a leading apostrophe so a spreadsheet never runs it as a formula.
 */
final class CsvWriter implements Sheet {
  private final Writer out;

  CsvWriter(OutputStream stream) throws IOException {
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    out.write('\uFEFF');
  }

  @Override
  public void row(List<?> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(values.get(i)));
    }
    out.write("\r\n");
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (value instanceof String && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
