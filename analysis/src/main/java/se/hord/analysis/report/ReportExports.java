package se.hord.analysis.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.hord.analysis.web.Csv;

/**
 * A theme report as a table of lines (theme, label, measure, category, figure) for CSV and XLSX:
 * the same suppressed figures as the page, {@code "<5"} and {@code "•"} included.
 */
public final class ReportExports {
  static final List<String> HEADER =
      List.of("tema (theme)", "etikett (label)", "mått (measure)", "kategori (category)", "värde");

  private ReportExports() {}

  /** The report's lines, the first one the header. */
  static List<List<String>> lines(ThemeReport report) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.add(List.of("", "", "people", "", report.people().shown()));
    for (ThemeReport.ThemeFigures t : report.themes()) {
      lines.add(List.of(t.key(), t.labelSv(), "count", "", t.count().shown()));
      if (t.share() != null) {
        lines.add(List.of(t.key(), t.labelSv(), "share %", "", t.share().toString()));
      }
      breakdown(lines, t, "month", t.trend());
      breakdown(lines, t, "ageBand", t.ageBand());
      breakdown(lines, t, "gender", t.gender());
      breakdown(lines, t, "area", t.area());
      breakdown(lines, t, "source", t.source());
      t.terms().forEach(term -> lines.add(List.of(t.key(), t.labelSv(), "term", term.term(), "")));
    }
    return lines;
  }

  private static void breakdown(
      List<List<String>> lines, ThemeReport.ThemeFigures t, String name, Breakdown breakdown) {
    if (breakdown.withheld()) {
      lines.add(List.of(t.key(), t.labelSv(), name, "", "undanhållen (withheld)"));
    }
    breakdown
        .cells()
        .forEach(c -> lines.add(List.of(t.key(), t.labelSv(), name, c.key(), c.count().shown())));
  }

  /** RFC 4180 CSV, UTF-8 with a byte order mark so that Excel reads å, ä and ö. */
  public static byte[] csv(ThemeReport report) {
    StringBuilder csv = new StringBuilder(Csv.BOM);
    for (List<String> line : lines(report)) {
      csv.append(Csv.line(line));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One worksheet with the same lines; numbers as numbers, suppressed figures as text. */
  public static byte[] xlsx(ThemeReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Hord", "1.0");
      Worksheet sheet = workbook.newWorksheet("Teman");
      List<List<String>> lines = lines(report);
      for (int r = 0; r < lines.size(); r++) {
        for (int c = 0; c < lines.get(r).size(); c++) {
          String value = lines.get(r).get(c);
          if (r > 0 && c == 4 && value.matches("\\d+(\\.\\d+)?")) {
            sheet.value(r, c, Double.parseDouble(value));
          } else {
            sheet.value(r, c, value);
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
