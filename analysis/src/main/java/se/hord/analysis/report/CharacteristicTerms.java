package se.hord.analysis.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import se.hord.analysis.index.ItemFields;

/**
 * Terms that stand out in a group of answers against all the answers of the report, like
 * Elasticsearch's significant_terms with its JLH score: (fg% − bg%) × fg% / bg%, over document
 * frequencies read from the index's postings (no re-analysis). A term must occur in at least {@link
 * Suppression#THRESHOLD} answers of the group, so a rare word cannot point at a person.
 */
final class CharacteristicTerms {
  static final int TOP = 8;

  private CharacteristicTerms() {}

  /** For each group (in order), its most characteristic terms against {@code whole}. */
  static List<List<ThemeReport.CharacteristicTerm>> of(
      IndexSearcher searcher, FixedBitSet whole, List<FixedBitSet> groups) throws IOException {
    Map<String, long[]> counts = new HashMap<>();
    int n = groups.size();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(ItemFields.TEXT);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        postings = te.postings(postings, PostingsEnum.NONE);
        long[] c = null;
        for (int d = postings.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          int global = leaf.docBase + d;
          if (global >= whole.length() || !whole.get(global)) {
            continue;
          }
          if (c == null) {
            c = counts.computeIfAbsent(term.utf8ToString(), k -> new long[n + 1]);
          }
          c[n]++;
          for (int g = 0; g < n; g++) {
            if (groups.get(g).get(global)) {
              c[g]++;
            }
          }
        }
      }
    }
    long wholeSize = whole.cardinality();
    List<List<ThemeReport.CharacteristicTerm>> result = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      long size = groups.get(g).cardinality();
      List<ThemeReport.CharacteristicTerm> scored = new ArrayList<>();
      for (Map.Entry<String, long[]> e : counts.entrySet()) {
        long fg = e.getValue()[g];
        long bg = e.getValue()[n];
        if (fg < Suppression.THRESHOLD || size == 0) {
          continue;
        }
        double fgPct = (double) fg / size;
        double bgPct = (double) bg / wholeSize;
        if (fgPct > bgPct) {
          double score = (fgPct - bgPct) * (fgPct / bgPct);
          scored.add(
              new ThemeReport.CharacteristicTerm(
                  e.getKey(), Math.round(score * 1000) / 1000.0, fg, bg));
        }
      }
      scored.sort(
          Comparator.comparingDouble(ThemeReport.CharacteristicTerm::score)
              .reversed()
              .thenComparing(ThemeReport.CharacteristicTerm::term));
      result.add(List.copyOf(scored.subList(0, Math.min(TOP, scored.size()))));
    }
    return result;
  }
}
