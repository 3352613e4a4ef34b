package se.hord.analysis.theme;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.search.TextQuery;
import se.hord.platform.web.Problem;
import se.hord.platform.web.ProblemException;

/**
 * The codebook: reads and edits themes and pins in MariaDB and keeps them compiled to Lucene
 * queries. An edit clears the compiled codebook, so the next search uses it: no index rebuild.
 */
@Singleton
public class ThemeService implements Codebook {
  static final String INCLUDE = "include";
  static final String EXCLUDE = "exclude";
  private static final Logger LOG = LoggerFactory.getLogger(ThemeService.class);
  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final int MAX_LABEL = 200;
  private static final int MAX_QUERY = 1_000;
  private static final int MAX_DESCRIPTION = 2_000;

  private final ThemeRepository themes;
  private final PinRepository pins;
  private volatile List<CodedTheme> coded;

  public ThemeService(ThemeRepository themes, PinRepository pins) {
    this.themes = themes;
    this.pins = pins;
  }

  /** Every theme, by key. */
  public List<Theme> list() {
    return themes.listOrderByThemeKey().stream().map(Theme::of).toList();
  }

  /** Creates or replaces a theme after checking it; a query that does not parse is a 400. */
  public Theme put(String key, Theme body, String changedBy) {
    ThemeRow row = check(key, body, changedBy);
    if (themes.existsById(key)) {
      themes.update(row);
    } else {
      themes.save(row);
    }
    coded = null;
    return Theme.of(row);
  }

  /** Deletes a theme and its pins; 404 when there is none. */
  public void delete(String key) {
    requireTheme(key);
    themes.deleteById(key);
    coded = null;
  }

  /** The pins of a theme. */
  public List<PinRow> pins(String key) {
    requireTheme(key);
    return pins.findByThemeKeyOrderByItemId(key);
  }

  /** Per theme key, how many answers are pinned into or out of it. */
  public Map<String, Long> pinCounts() {
    return pins.listOrderByThemeKeyAndItemId().stream()
        .collect(Collectors.groupingBy(PinRow::themeKey, Collectors.counting()));
  }

  /** Pins an answer into or out of a theme (the caller's right to the answer checked before). */
  public void pin(String key, String itemId, String mode, String changedBy) {
    requireTheme(key);
    if (!INCLUDE.equals(mode) && !EXCLUDE.equals(mode)) {
      throw ProblemException.invalid(
          "Fel värde. (Wrong value.)",
          List.of(new Problem.Violation("mode", "Ska vara include eller exclude.")));
    }
    pins.upsert(key, itemId, mode, changedBy, Instant.now());
    coded = null;
  }

  /** Removes a pin; 404 when the answer was not pinned. */
  public void unpin(String key, String itemId) {
    if (pins.unpin(key, itemId) == 0) {
      throw ProblemException.notFound(
          "Svaret är inte fäst vid temat. (The answer is not pinned to the theme.)");
    }
    coded = null;
  }

  @Override
  public List<CodedTheme> themes() {
    List<CodedTheme> current = coded;
    if (current == null) {
      current = compile();
      coded = current;
    }
    return current;
  }

  private List<CodedTheme> compile() {
    Map<String, List<PinRow>> pinned =
        pins.listOrderByThemeKeyAndItemId().stream()
            .collect(Collectors.groupingBy(PinRow::themeKey));
    List<CodedTheme> result = new ArrayList<>();
    for (ThemeRow row : themes.listOrderByThemeKey()) {
      Query query;
      try {
        query = TextQuery.parseExact(row.luceneQuery());
      } catch (ProblemException e) {
        LOG.warn("Theme {} has a query that no longer parses; it matches nothing", row.themeKey());
        query = new MatchNoDocsQuery();
      }
      List<PinRow> own = pinned.getOrDefault(row.themeKey(), List.of());
      result.add(
          new CodedTheme(row.themeKey(), row.labelSv(), row.labelEn(), withPins(query, own)));
    }
    return List.copyOf(result);
  }

  private static Query withPins(Query query, List<PinRow> pins) {
    List<BytesRef> include = ids(pins, INCLUDE);
    List<BytesRef> exclude = ids(pins, EXCLUDE);
    Query result = query;
    if (!include.isEmpty()) {
      result =
          new BooleanQuery.Builder()
              .add(query, Occur.SHOULD)
              .add(new TermInSetQuery(ItemFields.ID, include), Occur.SHOULD)
              .build();
    }
    if (!exclude.isEmpty()) {
      result =
          new BooleanQuery.Builder()
              .add(result, Occur.MUST)
              .add(new TermInSetQuery(ItemFields.ID, exclude), Occur.MUST_NOT)
              .build();
    }
    return result;
  }

  private static List<BytesRef> ids(List<PinRow> pins, String mode) {
    return pins.stream()
        .filter(p -> p.mode().equals(mode))
        .map(p -> new BytesRef(p.itemId()))
        .toList();
  }

  private void requireTheme(String key) {
    if (!themes.existsById(key)) {
      throw ProblemException.notFound(
          "Det finns inget tema " + key + ". (There is no theme " + key + ".)");
    }
  }

  private static ThemeRow check(String key, Theme body, String changedBy) {
    List<Problem.Violation> problems = new ArrayList<>();
    if (!KEY.matcher(key).matches()) {
      problems.add(
          new Problem.Violation(
              "key",
              "Små bokstäver a–z, siffror och bindestreck, högst 64 tecken."
                  + " (Lower-case letters a–z, digits and hyphens, at most 64.)"));
    }
    Theme.Label label = body.label();
    String sv = label == null ? null : label.sv();
    String en = label == null ? null : label.en();
    text(problems, "label.sv", sv, MAX_LABEL);
    text(problems, "label.en", en, MAX_LABEL);
    if (text(problems, "query", body.query(), MAX_QUERY)) {
      try {
        TextQuery.parseExact(body.query());
      } catch (ProblemException e) {
        problems.add(new Problem.Violation("query", e.getMessage()));
      }
    }
    String description = body.description() == null ? "" : body.description().strip();
    if (description.length() > MAX_DESCRIPTION) {
      problems.add(
          new Problem.Violation("description", "Högst 2000 tecken. (At most 2000 characters.)"));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(
          "Temat är inte rätt ifyllt, se listan. (The theme is not filled in right, see the"
              + " list.)",
          problems);
    }
    return new ThemeRow(
        key, sv.strip(), en.strip(), description, body.query().strip(), changedBy, Instant.now());
  }

  private static boolean text(
      List<Problem.Violation> problems, String path, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new Problem.Violation(path, "Måste fyllas i. (Required.)"));
      return false;
    }
    if (value.strip().length() > max) {
      problems.add(new Problem.Violation(path, "Högst " + max + " tecken. (At most " + max + ".)"));
      return false;
    }
    return true;
  }
}
