package se.hord.analysis.safeguarding;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.search.TextQuery;
import se.hord.analysis.text.HordAnalyzer;

/**
 * The safeguarding query set ({@code queries.tsv}), registered in a Lucene {@link Monitor}: each
 * new answer is matched against every query as it is indexed, with the same analysis as the index
 * (compound parts, and the folded text so that {@code jag vill inte leva langre} counts too).
 */
@Singleton
public class SafeguardingQueries implements AutoCloseable {
  private final Monitor monitor;
  private final Map<String, String> categoryOf = new LinkedHashMap<>();

  /** Loads and registers the shipped query set. */
  public SafeguardingQueries() {
    try {
      monitor = new Monitor(HordAnalyzer.forIndexing(ItemFields.TEXT));
      List<MonitorQuery> queries = new ArrayList<>();
      int line = 0;
      for (String[] entry : read("queries.tsv")) {
        String id = entry[0] + "#" + ++line;
        categoryOf.put(id, entry[0]);
        queries.add(new MonitorQuery(id, TextQuery.parse(entry[1]), entry[1], Map.of()));
      }
      monitor.register(queries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For each (already scrubbed) text, in order, the categories it matches; empty for none. */
  public List<List<String>> match(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    Document[] docs = new Document[texts.size()];
    for (int i = 0; i < docs.length; i++) {
      String text = texts.get(i) == null ? "" : texts.get(i);
      docs[i] = new Document();
      docs[i].add(new TextField(ItemFields.TEXT, text, Field.Store.NO));
      docs[i].add(new TextField(ItemFields.TEXT_FOLDED, text, Field.Store.NO));
    }
    try {
      MultiMatchingQueries<QueryMatch> matches = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
      List<List<String>> result = new ArrayList<>(docs.length);
      for (int i = 0; i < docs.length; i++) {
        TreeSet<String> categories = new TreeSet<>();
        matches.getMatches(i).forEach(m -> categories.add(categoryOf.get(m.getQueryId())));
        result.add(List.copyOf(categories));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> read(String resource) throws IOException {
    try (InputStream in = SafeguardingQueries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", 2))
          .toList();
    }
  }

  @PreDestroy
  @Override
  public void close() throws IOException {
    monitor.close();
  }
}
