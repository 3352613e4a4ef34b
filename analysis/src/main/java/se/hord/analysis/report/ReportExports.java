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
 * A report as a table of lines (theme, label, measure, category, figure) for CSV and XLSX: the same
 * suppressed figures as the page, {@code "<5"} and {@code "•"} included.
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
      breakdown(lines, t, "term", t.term());
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

  /**
   * A barnbokslut's lines: the theme report's, then the people per survey or dialogue ({@code
   * origin}), then each feedback message ({@code feedback}: the date as category, the Swedish
   * message as value; {@code reached} after it), and a line for a service that did not answer.
   */
  static List<List<String>> lines(Barnbokslut report) {
    List<List<String>> lines = new ArrayList<>(lines(report.themes()));
    if (report.origins().withheld()) {
      lines.add(List.of("", "", "origin", "", "undanhållen (withheld)"));
    }
    for (Barnbokslut.Origin o : report.origins().items()) {
      lines.add(
          List.of(
              o.source(),
              o.title() == null ? "" : o.title(),
              "origin",
              o.originId(),
              o.people().shown()));
    }
    for (Barnbokslut.FeedbackPart part : report.feedback()) {
      if (!part.available()) {
        lines.add(List.of(part.service(), "", "feedback", "", "saknas (missing)"));
      }
      for (Barnbokslut.Fed f : part.items()) {
        String title = f.originTitle() == null ? f.originId() : f.originTitle();
        lines.add(List.of(f.source(), title, "feedback", f.date(), f.message().get("sv")));
        if (f.reached() != null) {
          lines.add(List.of(f.source(), title, "reached", f.date(), f.reached().shown()));
        }
      }
    }
    return lines;
  }

  /** These lines as RFC 4180 CSV, UTF-8 with a byte order mark so that Excel reads å, ä and ö. */
  static byte[] csv(List<List<String>> lines) {
    StringBuilder csv = new StringBuilder(Csv.BOM);
    for (List<String> line : lines) {
      csv.append(Csv.line(line));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** These lines in one worksheet; numbers as numbers, suppressed figures as text. */
  static byte[] xlsx(List<List<String>> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Hord", "1.0");
      Worksheet sheet = workbook.newWorksheet("Teman");
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
