package se.hord.survey.results.page;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.hord.survey.results.ResultViews;
import se.hord.survey.results.ResultViews.Count;
import se.hord.survey.results.ResultViews.Row;

/**
 * Turns result rows (already suppressed by the results API) into the tables of the officials'
 * pages: one table per question, one line per group (everyone, a background answer or a
 * municipality), one column per answer option. A hidden count stays the text "&lt;5" and has no
 * share, so the chart drawn from the table leaves its bar out instead of drawing a number.
 */
public final class ResultTables {
  private ResultTables() {}

  /** A question's table: option columns, extra figure columns and one line per group. */
  public record QuestionTable(
      String key,
      String text,
      String type,
      List<String> options,
      List<String> extraHeaders,
      List<Line> lines) {
    /** True when there are options to draw as bars. */
    public boolean chart() {
      return !options.isEmpty();
    }
  }

  /** One group's line: its label, how many answered, its option cells and extra figures. */
  public record Line(String label, String answered, List<Cell> cells, List<String> extras) {}

  /** One count as shown: "&lt;5" when hidden; {@code share} only when shown. */
  public record Cell(String text, @Nullable Double share, boolean hidden) {}

  /** A row with the label of its group. */
  public record Labelled(String label, Row row) {}

  /** The table of one question over these groups' rows. */
  public static QuestionTable table(String key, String text, String type, List<Labelled> rows) {
    List<String> options =
        rows.isEmpty()
            ? List.of()
            : rows.getFirst().row().counts().stream().map(Count::label).toList();
    List<Line> lines = new ArrayList<>();
    for (Labelled labelled : rows) {
      Row row = labelled.row();
      List<Cell> cells = row.counts().stream().map(ResultTables::cell).toList();
      lines.add(
          new Line(labelled.label(), String.valueOf(row.answered()), cells, extras(type, row)));
    }
    return new QuestionTable(key, text, type, options, extraHeaders(type), lines);
  }

  private static Cell cell(Count count) {
    boolean hidden = ResultViews.HIDDEN.equals(count.count());
    if (hidden) {
      return new Cell(ResultViews.HIDDEN, null, true);
    }
    String text =
        count.share() == null
            ? count.count() + ""
            : count.count() + " (" + pct(count.share()) + ")";
    return new Cell(text, count.share(), false);
  }

  private static List<String> extraHeaders(String type) {
    return switch (type) {
      case "likert" -> List.of("Medel (Mean)", "Håller med (Agree)");
      case "number" -> List.of("Medel (Mean)", "Median", "Minst (Min)", "Störst (Max)");
      default -> List.of();
    };
  }

  private static List<String> extras(String type, Row row) {
    return switch (type) {
      case "likert" -> List.of(decimal(row.mean()), pct(row.shareAgreeing()));
      case "number" ->
          List.of(decimal(row.mean()), decimal(row.median()), plain(row.min()), plain(row.max()));
      default -> List.of();
    };
  }

  /** A share as a whole percentage, "57 %"; "–" when it is left out. */
  public static String pct(@Nullable Double share) {
    return share == null ? "–" : Math.round(share * 100) + " %";
  }

  private static String decimal(@Nullable Double value) {
    return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
  }

  private static String plain(@Nullable BigDecimal value) {
    return value == null ? "–" : value.toPlainString();
  }
}
