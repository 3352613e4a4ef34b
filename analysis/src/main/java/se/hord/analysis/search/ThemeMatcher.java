package se.hord.analysis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;
import se.hord.analysis.index.FacetedSearcher;
import se.hord.analysis.theme.CodedTheme;

/**
 * Applies the codebook to a search: how many matches each theme has (the theme facet: the search's
 * matches intersected with each theme's documents) and which themes each shown answer belongs to,
 * both from the per-segment {@link ThemeBits} rather than a query per theme.
 */
final class ThemeMatcher {
  private ThemeMatcher() {}

  /** Per theme key, how many of these matches (a search's) are in the theme; largest first. */
  static Map<String, Integer> count(
      ThemeBits bits, List<FacetsCollector.MatchingDocs> matches, List<CodedTheme> themes)
      throws IOException {
    long[] counts = new long[themes.size()];
    for (FacetsCollector.MatchingDocs m : matches) {
      if (m.totalHits() == 0 || m.bits() == null || themes.isEmpty()) {
        continue;
      }
      FixedBitSet[] themed = bits.of(m.context(), themes);
      count(m.bits(), themed, counts);
    }
    List<Map.Entry<String, Integer>> found = new ArrayList<>();
    for (int t = 0; t < themes.size(); t++) {
      if (counts[t] > 0) {
        found.add(Map.entry(themes.get(t).key(), Math.toIntExact(counts[t])));
      }
    }
    return largestFirst(found);
  }

  /** The theme facet's order: largest count first, then by key. */
  static Map<String, Integer> largestFirst(List<Map.Entry<String, Integer>> counts) {
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts);
    sorted.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> result = new LinkedHashMap<>();
    sorted.forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }

  /** Adds, per theme, how many of a segment's matching documents are in the theme. */
  private static void count(DocIdSet docs, FixedBitSet[] themed, long[] counts) throws IOException {
    if (docs instanceof BitDocIdSet dense && dense.bits() instanceof FixedBitSet matched) {
      for (int t = 0; t < themed.length; t++) {
        counts[t] += FixedBitSet.intersectionCount(matched, themed[t]);
      }
      return;
    }
    DocIdSetIterator it = docs.iterator();
    if (it == null) {
      return;
    }
    for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
      for (int t = 0; t < themed.length; t++) {
        if (themed[t].get(d)) {
          counts[t]++;
        }
      }
    }
  }

  /** For each of these documents, in order, the keys of the themes it belongs to. */
  static List<List<String>> themesOf(
      FacetedSearcher searcher, ThemeBits bits, List<CodedTheme> themes, ScoreDoc[] docs) {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    FixedBitSet[][] perLeaf = new FixedBitSet[leaves.size()][];
    List<List<String>> result = new ArrayList<>(docs.length);
    for (ScoreDoc hit : docs) {
      int leaf = ReaderUtil.subIndex(hit.doc, leaves);
      if (perLeaf[leaf] == null) {
        perLeaf[leaf] = bits.of(leaves.get(leaf), themes);
      }
      int doc = hit.doc - leaves.get(leaf).docBase;
      List<String> keys = new ArrayList<>();
      for (int t = 0; t < themes.size(); t++) {
        if (perLeaf[leaf][t].get(doc)) {
          keys.add(themes.get(t).key());
        }
      }
      result.add(List.copyOf(keys));
    }
    return result;
  }
}
