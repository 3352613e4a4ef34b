package se.hord.analysis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.theme.CodedTheme;

/**
 * The theme facet and the themes of an answer computed the plain way, one Lucene query per theme
 * (and per answer): what {@link ThemeMatcher} must always agree with, and the "before" of its
 * measurement.
 */
final class PlainThemes {
  private PlainThemes() {}

  /** Per theme key, how many matches of {@code query} are in the theme; largest first. */
  static Map<String, Integer> count(IndexSearcher searcher, Query query, List<CodedTheme> themes)
      throws IOException {
    List<Map.Entry<String, Integer>> counts = new ArrayList<>();
    for (CodedTheme theme : themes) {
      int count =
          searcher.count(
              new BooleanQuery.Builder()
                  .add(query, Occur.FILTER)
                  .add(theme.query(), Occur.FILTER)
                  .build());
      if (count > 0) {
        counts.add(Map.entry(theme.key(), count));
      }
    }
    return ThemeMatcher.largestFirst(counts);
  }

  /**
   * For the answers with these ids, in order, the keys of the themes whose query matches them, in
   * codebook order: one query per theme over just these answers.
   */
  static List<List<String>> themesOf(
      IndexSearcher searcher, List<CodedTheme> themes, List<String> ids) throws IOException {
    List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
    Map<String, List<String>> byId = new LinkedHashMap<>();
    ids.forEach(id -> byId.put(id, new ArrayList<>()));
    for (CodedTheme theme : themes) {
      Query these =
          new BooleanQuery.Builder()
              .add(new TermInSetQuery(ItemFields.ID, terms), Occur.FILTER)
              .add(theme.query(), Occur.FILTER)
              .build();
      for (ScoreDoc hit : searcher.search(these, Math.max(1, ids.size())).scoreDocs) {
        byId.get(searcher.storedFields().document(hit.doc).get(ItemFields.ID)).add(theme.key());
      }
    }
    return ids.stream().map(byId::get).toList();
  }

  /** {@link #themesOf(IndexSearcher, List, List)} for these hits, by their stored ids. */
  static List<List<String>> themesOf(IndexSearcher searcher, List<CodedTheme> themes, TopDocs top)
      throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get(ItemFields.ID));
    }
    return themesOf(searcher, themes, ids);
  }
}
