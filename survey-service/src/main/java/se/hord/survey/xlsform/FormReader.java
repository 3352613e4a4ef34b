package se.hord.survey.xlsform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an XLSForm into its sheets: an .xlsx workbook (fastexcel-reader), or the one-file text
 * forms pyxform knows — CSV or a markdown table — where a line naming a sheet ({@code survey},
 * {@code choices}, {@code settings}) starts it and the rows below (first cell empty) are its header
 * and rows. Sheet and column names are lower-cased; each row keeps its line or row number.
 */
final class FormReader {
  private FormReader() {}

  /** One row of a sheet: its number in the file and its cells by lower-case column name. */
  record Row(int number, Map<String, String> cells) {
    String get(String column) {
      String value = cells.get(column);
      return value == null ? "" : value.trim();
    }
  }

  /** The sheets of the form by lower-case name. */
  static Map<String, List<Row>> read(String filename, byte[] bytes) throws IOException {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return xlsx(bytes);
    }
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<List<String>> lines = name.endsWith(".md") ? markdown(text) : Csv.parse(text);
    return tables(lines);
  }

  private static Map<String, List<Row>> xlsx(byte[] bytes) throws IOException {
    Map<String, List<Row>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getCellText(i));
          }
          if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            continue;
          }
          if (header == null) {
            header = cells.stream().map(FormReader::column).toList();
          } else {
            rows.add(row(row.getRowNum(), header, cells));
          }
        }
        sheets.put(sheet.getName().trim().toLowerCase(Locale.ROOT), rows);
      }
    }
    return sheets;
  }

  /** Lines of cells (1-based line numbers = index + 1) where a named first cell starts a sheet. */
  private static Map<String, List<Row>> tables(List<List<String>> lines) {
    Map<String, List<Row>> sheets = new LinkedHashMap<>();
    List<Row> current = null;
    List<String> header = null;
    for (int i = 0; i < lines.size(); i++) {
      List<String> cells = lines.get(i);
      if (cells.isEmpty() || cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (!cells.getFirst().isBlank()) {
        current = new ArrayList<>();
        header = null;
        sheets.put(cells.getFirst().trim().toLowerCase(Locale.ROOT), current);
      } else if (current != null) {
        List<String> rest = cells.subList(1, cells.size());
        if (header == null) {
          header = rest.stream().map(FormReader::column).toList();
        } else {
          current.add(row(i + 1, header, rest));
        }
      }
    }
    return sheets;
  }

  private static List<List<String>> markdown(String text) {
    List<List<String>> lines = new ArrayList<>();
    for (String line : text.split("\r?\n", -1)) {
      String trimmed = line.trim();
      if (!trimmed.startsWith("|")) {
        lines.add(List.of());
        continue;
      }
      List<String> cells = new ArrayList<>(List.of(trimmed.substring(1).split("\\|", -1)));
      if (!cells.isEmpty() && cells.getLast().isBlank()) {
        cells.removeLast();
      }
      lines.add(cells.stream().map(String::trim).toList());
    }
    return lines;
  }

  private static Row row(int number, List<String> header, List<String> cells) {
    Map<String, String> byColumn = new LinkedHashMap<>();
    for (int c = 0; c < header.size() && c < cells.size(); c++) {
      if (!header.get(c).isEmpty() && cells.get(c) != null) {
        byColumn.putIfAbsent(header.get(c), cells.get(c));
      }
    }
    return new Row(number, byColumn);
  }

  private static String column(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
  }
}
