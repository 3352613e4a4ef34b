package se.hord.analysis.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A theme report: how many people said something in each theme, with small cells suppressed. The
 * quotes are there only for a report of one municipality, never for a group under five.
 */
@Serdeable
public record ThemeReport(
    @Nullable String municipality,
    @Nullable String originId,
    @Nullable String from,
    @Nullable String to,
    Figure people,
    List<ThemeFigures> themes) {

  /**
   * One theme's figures. {@code share} is the percent of all people, when its count is shown;
   * {@code trend} is by month, {@code term} by school term ({@code 2026 VT} January–June, {@code
   * 2026 HT} July–December).
   */
  @Serdeable
  public record ThemeFigures(
      String key,
      String labelSv,
      String labelEn,
      Figure count,
      @Nullable Double share,
      Breakdown trend,
      Breakdown term,
      Breakdown ageBand,
      Breakdown gender,
      Breakdown area,
      Breakdown source,
      List<CharacteristicTerm> terms,
      List<Quote> quotes) {}

  /**
   * A term (as indexed: a stem or a compound part) used much more in this theme than overall:
   * {@code inTheme} of the theme's answers and {@code overall} of all answers contain it.
   */
  @Serdeable
  public record CharacteristicTerm(String term, double score, long inTheme, long overall) {}

  /** A representative answer: scrubbed text and where it was said. */
  @Serdeable
  public record Quote(String id, String text, @Nullable String originTitle) {}
}
