package se.hord.analysis.search;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.theme.CodedTheme;

/**
 * Every answer of a search (its query, filters and the caller's municipalities, already checked),
 * read in batches for an export: scrubbed text, where it came from and the themes it is in.
 */
public final class Selection {
  private static final int BATCH = 500;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final AnswerIndex index;
  private final Query query;
  private final Sort sort;
  private final ThemeBits themeBits;
  private final List<CodedTheme> themes;

  Selection(
      AnswerIndex index, Query query, Sort sort, ThemeBits themeBits, List<CodedTheme> themes) {
    this.index = index;
    this.query = query;
    this.sort = sort;
    this.themeBits = themeBits;
    this.themes = themes;
  }

  /** One answer as exported; {@code date} is the day only (Swedish time), never the time. */
  public record Row(
      String text,
      String source,
      String municipality,
      String origin,
      String question,
      String ageBand,
      String gender,
      String area,
      String date,
      List<String> themes) {}

  /** What receives the rows, one by one. */
  @FunctionalInterface
  public interface Sink {
    void accept(Row row) throws IOException;
  }

  /** Hands every answer of the selection to the sink, in the search's order. */
  public void forEach(Sink sink) {
    index.search(
        searcher -> {
          int total = Math.max(1, searcher.count(query));
          TopDocs all = searcher.search(query, total, sort);
          StoredFields stored = searcher.storedFields();
          for (int start = 0; start < all.scoreDocs.length; start += BATCH) {
            ScoreDoc[] batch =
                Arrays.copyOfRange(
                    all.scoreDocs, start, Math.min(all.scoreDocs.length, start + BATCH));
            List<List<String>> themed = ThemeMatcher.themesOf(searcher, themeBits, themes, batch);
            for (int i = 0; i < batch.length; i++) {
              sink.accept(row(stored.document(batch[i].doc), themed.get(i)));
            }
          }
          return null;
        });
  }

  private static Row row(Document doc, List<String> themes) {
    long created = doc.getField(ItemFields.CREATED_AT).numericValue().longValue();
    return new Row(
        doc.get(ItemFields.TEXT),
        value(doc, ItemFields.SOURCE),
        value(doc, ItemFields.MUNICIPALITY),
        value(doc, ItemFields.ORIGIN_TITLE),
        value(doc, ItemFields.QUESTION_TEXT),
        value(doc, ItemFields.AGE_BAND),
        value(doc, ItemFields.GENDER),
        value(doc, ItemFields.AREA),
        Instant.ofEpochMilli(created).atZone(SWEDEN).toLocalDate().toString(),
        themes);
  }

  private static String value(Document doc, String field) {
    String value = doc.get(field);
    return value == null ? "" : value;
  }
}
