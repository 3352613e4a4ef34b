package se.hord.analysis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import se.hord.analysis.index.FacetedSearcher;
import se.hord.analysis.theme.CodedTheme;

/**
 * Applies the codebook to a search: how many matches each theme has (the theme facet: each theme's
 * query run as a filter over the same matches) and which themes each shown answer belongs to.
 */
final class ThemeMatcher {
  private ThemeMatcher() {}

  /** Per theme key, the matches of {@code query} that are in the theme; largest first. */
  static Map<String, Integer> count(FacetedSearcher searcher, Query query, List<CodedTheme> themes)
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
    counts.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> result = new LinkedHashMap<>();
    counts.forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }

  /** For each of these documents, in order, the keys of the themes it belongs to. */
  static List<List<String>> themesOf(
      FacetedSearcher searcher, List<CodedTheme> themes, ScoreDoc[] docs) throws IOException {
    List<List<String>> result = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      result.add(new ArrayList<>());
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (CodedTheme theme : themes) {
      Weight weight =
          searcher.createWeight(searcher.rewrite(theme.query()), ScoreMode.COMPLETE_NO_SCORES, 1);
      for (int i = 0; i < docs.length; i++) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
        int doc = docs[i].doc - leaf.docBase;
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null && advance(scorer.iterator(), doc) == doc) {
          result.get(i).add(theme.key());
        }
      }
    }
    return result.stream().map(List::copyOf).toList();
  }

  private static int advance(DocIdSetIterator iterator, int doc) throws IOException {
    return iterator.advance(doc);
  }
}
