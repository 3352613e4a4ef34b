package se.hord.analysis.web;

import java.util.List;

/** RFC 4180 lines for the CSV exports (reports and search selections). */
public final class Csv {
  /** A byte order mark, so that Excel reads the UTF-8 file's å, ä and ö. */
  public static final String BOM = "\uFEFF";

  private Csv() {}

  /** One line: the cells separated by commas, quoted where needed, ended by CRLF. */
  public static String line(List<String> cells) {
    return String.join(",", cells.stream().map(Csv::quote).toList()) + "\r\n";
  }

  private static String quote(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
