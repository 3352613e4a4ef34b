package se.hord.analysis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search benchmark's query mix ({@code QUERY_MIX} of infra/bench's {@code Lemmas}), read from
 * that source file so this measurement searches for exactly what the harness does.
 */
final class QueryMix {
  private static final Path LEMMAS =
      Path.of("../infra/bench/src/main/java/se/hord/bench/Lemmas.java");
  private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

  private QueryMix() {}

  static List<String> read() {
    String source;
    try {
      source = Files.readString(LEMMAS, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = source.indexOf("QUERY_MIX =");
    String mix = source.substring(start, source.indexOf(");", start));
    List<String> queries = new ArrayList<>();
    Matcher m = LITERAL.matcher(mix);
    while (m.find()) {
      queries.add(m.group(1));
    }
    if (queries.isEmpty()) {
      throw new IllegalStateException("no QUERY_MIX in " + LEMMAS.toAbsolutePath());
    }
    return List.copyOf(queries);
  }
}
