package se.hord.analysis.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.hord.analysis.search.TextQuery;

/**
 * The default codebook as the migration seeds it, compiled without MariaDB: for tests and
 * measurements that need the real themes (prefix terms, phrases and all) over a bare index.
 */
public final class DefaultCodebook {
  private static final String MIGRATION = "/db/migration/V2__default_codebook.sql";
  private static final Pattern SQL_STRING = Pattern.compile("'((?:[^']|'')*)'");

  private DefaultCodebook() {}

  /** Every theme of the migration, in key order, compiled like {@link ThemeService} does. */
  public static List<CodedTheme> themes() {
    List<CodedTheme> themes = new ArrayList<>();
    for (String line : migration().split("\n")) {
      if (!line.strip().startsWith("('")) {
        continue;
      }
      List<String> values = new ArrayList<>();
      Matcher m = SQL_STRING.matcher(line);
      while (m.find()) {
        values.add(m.group(1).replace("''", "'"));
      }
      themes.add(
          new CodedTheme(
              values.get(0), values.get(1), values.get(2), TextQuery.parseExact(values.get(4))));
    }
    themes.sort((a, b) -> a.key().compareTo(b.key()));
    return List.copyOf(themes);
  }

  private static String migration() {
    try (InputStream in = DefaultCodebook.class.getResourceAsStream(MIGRATION)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
