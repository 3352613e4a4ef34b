package se.hord.analysis.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * One page of search results, with the number of matches per facet value over all matches.
 *
 * @param facets per facet (theme, source, municipality, ageBand, gender, area) the values and their
 *     counts, largest first
 * @param labels per facet (theme: its Swedish label; originId: the survey's or dialogue's title)
 *     the label of each value in {@code facets}
 */
@Serdeable
public record SearchResult(
    long total,
    int page,
    int size,
    List<Hit> hits,
    Map<String, Map<String, Integer>> facets,
    Map<String, Map<String, String>> labels) {

  /**
   * One answer found. {@code text} is plain (scrubbed) text; {@code highlight} is the same text
   * HTML-escaped, with the matching words in {@code <mark>…</mark>}. {@code themes}: the keys of
   * the themes it belongs to.
   */
  @Serdeable
  public record Hit(
      String id,
      String text,
      String highlight,
      List<String> themes,
      String source,
      String municipality,
      @Nullable String originId,
      @Nullable String originTitle,
      @Nullable String questionKey,
      @Nullable String questionText,
      @Nullable String ageBand,
      @Nullable String gender,
      @Nullable String area,
      @Nullable String channel,
      String createdAt) {}
}
