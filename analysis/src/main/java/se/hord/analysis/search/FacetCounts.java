package se.hord.analysis.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import se.hord.analysis.index.FacetedSearcher;

/** Counts the matching answers per value of each facet: largest first, then by value. */
final class FacetCounts {
  private static final Comparator<LabelAndValue> LARGEST_FIRST =
      Comparator.comparingInt((LabelAndValue lv) -> -lv.value.intValue())
          .thenComparing(lv -> lv.label);

  private FacetCounts() {}

  static Map<String, Map<String, Integer>> count(
      FacetedSearcher searcher, FacetsCollector collector, List<String> dims) throws IOException {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    dims.forEach(dim -> facets.put(dim, new LinkedHashMap<>()));
    SortedSetDocValuesReaderState state = searcher.facetState();
    if (state == null) {
      return facets;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
    for (String dim : dims) {
      FacetResult result = state.getOrdRange(dim) == null ? null : counts.getAllChildren(dim);
      if (result != null) {
        Map<String, Integer> values = facets.get(dim);
        Arrays.stream(result.labelValues)
            .filter(lv -> lv.value.intValue() > 0)
            .sorted(LARGEST_FIRST)
            .forEach(lv -> values.put(lv.label, lv.value.intValue()));
      }
    }
    return facets;
  }
}
