package se.hord.analysis.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.theme.CodedTheme;

/** Readable labels for facet values: a theme's Swedish label, an origin's title. */
final class Labels {
  private Labels() {}

  static Map<String, Map<String, String>> of(
      IndexSearcher searcher, Map<String, Map<String, Integer>> facets, List<CodedTheme> themes)
      throws IOException {
    Map<String, String> themeLabels = new LinkedHashMap<>();
    themes.forEach(t -> themeLabels.put(t.key(), t.labelSv()));
    Map<String, String> origins = new LinkedHashMap<>();
    for (String originId : facets.getOrDefault(ItemFields.ORIGIN_ID, Map.of()).keySet()) {
      TopDocs top =
          searcher.search(
              new ConstantScoreQuery(new TermQuery(new Term(ItemFields.ORIGIN_ID, originId))), 1);
      if (top.scoreDocs.length > 0) {
        String title =
            searcher.storedFields().document(top.scoreDocs[0].doc).get(ItemFields.ORIGIN_TITLE);
        origins.put(originId, title == null ? originId : title);
      }
    }
    return Map.of(SearchService.THEME, themeLabels, ItemFields.ORIGIN_ID, origins);
  }
}
