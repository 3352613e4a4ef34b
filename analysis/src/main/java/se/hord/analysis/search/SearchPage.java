package se.hord.analysis.search;

import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the search page shows, with every link already built: the facet values as filter links
 * (toggling the filter, keeping the rest of the search) and the pages before and after.
 */
public record SearchPage(
    Map<String, String> asked,
    @Nullable SearchResult result,
    @Nullable String error,
    List<Facet> facets,
    @Nullable String previous,
    @Nullable String next,
    int pages) {

  private static final Map<String, String> LABELS =
      Map.of(
          "theme", "Tema (Theme)",
          "source", "Källa (Source)",
          "municipality", "Kommun (Municipality)",
          "ageBand", "Ålder (Age)",
          "gender", "Kön (Gender)",
          "area", "Område (Area)",
          "originId", "Enkät eller dialog (Survey or dialogue)",
          "month", "Månad (Month)");

  /** The search words asked for. */
  public String q() {
    return asked.getOrDefault("q", "");
  }

  /** The filters in force, kept as hidden fields when the query box is submitted again. */
  public Map<String, String> kept() {
    Map<String, String> kept = new LinkedHashMap<>(asked);
    List.of("q", "page", "from", "to", "sort", "like").forEach(kept::remove);
    return kept;
  }

  /** "More like this" instead of a search: the answer the others are like. */
  public @Nullable String like() {
    return asked.get("like");
  }

  /** A link to the answers like this one. */
  public String likeHref(String id) {
    return "/search?like=" + encode(id);
  }

  /** A link to download every answer of this search (not just this page) as csv or xlsx. */
  public String exportHref(String format) {
    Map<String, String> params = new LinkedHashMap<>(asked);
    params.remove("size");
    return href(params, "format", format).replaceFirst("^/search", "/search/export");
  }

  /** One facet: its label and its values with counts and links. */
  public record Facet(String name, String label, List<Value> values) {}

  /** One facet value; {@code active} when the search is filtered on it. */
  public record Value(String value, String label, int count, String href, boolean active) {}

  /** The Swedish label of a theme, for the theme chips of each hit. */
  public String themeLabel(String key) {
    return result == null
        ? key
        : result.labels().getOrDefault("theme", Map.of()).getOrDefault(key, key);
  }

  /** A link to this search filtered to one theme. */
  public String themeHref(String key) {
    return href(asked, "theme", key);
  }

  /** The page for a search that worked. */
  static SearchPage of(Map<String, String> asked, SearchResult result) {
    List<Facet> facets = new ArrayList<>();
    result
        .facets()
        .forEach(
            (name, counts) -> {
              List<Value> values = new ArrayList<>();
              counts.forEach(
                  (value, count) -> {
                    boolean active = value.equals(asked.get(name));
                    String label =
                        result.labels().getOrDefault(name, Map.of()).getOrDefault(value, value);
                    values.add(
                        new Value(
                            value, label, count, href(asked, name, active ? null : value), active));
                  });
              facets.add(new Facet(name, LABELS.getOrDefault(name, name), values));
            });
    int pages = (int) Math.max(1, (result.total() + result.size() - 1) / result.size());
    String previous =
        result.page() > 1 ? href(asked, "page", String.valueOf(result.page() - 1)) : null;
    String next =
        result.page() < pages ? href(asked, "page", String.valueOf(result.page() + 1)) : null;
    return new SearchPage(asked, result, null, facets, previous, next, pages);
  }

  /** The page for a search that could not be done, with a message saying why. */
  static SearchPage failed(Map<String, String> asked, String error) {
    return new SearchPage(asked, null, error, List.of(), null, null, 0);
  }

  /**
   * A link to this search with one parameter changed (null removes it); a new filter restarts
   * paging.
   */
  static String href(Map<String, String> asked, String name, @Nullable String value) {
    Map<String, String> params = new LinkedHashMap<>(asked);
    if (!name.equals("page")) {
      params.remove("page");
    }
    params.remove("like");
    if (value == null) {
      params.remove(name);
    } else {
      params.put(name, value);
    }
    StringBuilder href = new StringBuilder("/search");
    char separator = '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (!e.getValue().isEmpty()) {
        href.append(separator).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        separator = '&';
      }
    }
    return href.toString();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
