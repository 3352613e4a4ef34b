package se.hord.analysis.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.MultiTerms;
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
 *
 * <p>One pass over the terms of the whole index (merged across segments): a term in fewer than that
 * many documents anywhere is skipped unread, each answer knows its groups as a bit mask, and each
 * group keeps only its best {@link #TOP} terms, so a report over a million answers neither checks
 * every group at every posting nor holds every term.
 */
final class CharacteristicTerms {
  static final int TOP = 8;

  /** Best first: highest (rounded) score, then by term. */
  private static final Comparator<ThemeReport.CharacteristicTerm> BEST_FIRST =
      Comparator.comparingDouble(ThemeReport.CharacteristicTerm::score)
          .reversed()
          .thenComparing(ThemeReport.CharacteristicTerm::term);

  private CharacteristicTerms() {}

  /** For each group (in order), its most characteristic terms against {@code whole}. */
  static List<List<ThemeReport.CharacteristicTerm>> of(
      IndexSearcher searcher, FixedBitSet whole, List<FixedBitSet> groups) throws IOException {
    long bitSetWords = Math.max(1, searcher.getIndexReader().maxDoc() / 64);
    long denseFrom = (groups.size() + 2) * bitSetWords / 64;
    return of(searcher, whole, groups, Math.max(Suppression.THRESHOLD, denseFrom));
  }

  /**
   * The same, counting a term in at least {@code denseFrom} documents by intersecting its documents
   * with each group word by word (cheaper than looking up the groups of each of its many
   * documents), and a rarer term by its documents' group masks.
   */
  static List<List<ThemeReport.CharacteristicTerm>> of(
      IndexSearcher searcher, FixedBitSet whole, List<FixedBitSet> groups, long denseFrom)
      throws IOException {
    int n = groups.size();
    int words = (n + 63) / 64;
    long[] masks = masks(whole.length(), words, groups);
    long wholeSize = whole.cardinality();
    long[] sizes = groups.stream().mapToLong(FixedBitSet::cardinality).toArray();
    List<PriorityQueue<ThemeReport.CharacteristicTerm>> best = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      best.add(new PriorityQueue<>(BEST_FIRST.reversed()));
    }
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), ItemFields.TEXT);
    if (terms != null && n > 0) {
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      long[] fg = new long[n];
      FixedBitSet termDocs = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        if (te.docFreq() < Suppression.THRESHOLD) {
          continue;
        }
        postings = te.postings(postings, PostingsEnum.NONE);
        long bg;
        if (te.docFreq() >= denseFrom) {
          termDocs.clear();
          termDocs.or(postings);
          termDocs.and(whole);
          bg = termDocs.cardinality();
          for (int g = 0; g < n; g++) {
            fg[g] = FixedBitSet.intersectionCount(termDocs, groups.get(g));
          }
        } else {
          bg = count(postings, whole, masks, words, fg);
        }
        String text = null;
        for (int g = 0; g < n; g++) {
          if (fg[g] < Suppression.THRESHOLD || sizes[g] == 0) {
            continue;
          }
          double fgPct = (double) fg[g] / sizes[g];
          double bgPct = (double) bg / wholeSize;
          if (fgPct > bgPct) {
            double score = (fgPct - bgPct) * (fgPct / bgPct);
            text = text == null ? term.utf8ToString() : text;
            PriorityQueue<ThemeReport.CharacteristicTerm> top = best.get(g);
            top.add(
                new ThemeReport.CharacteristicTerm(
                    text, Math.round(score * 1000) / 1000.0, fg[g], bg));
            if (top.size() > TOP) {
              top.poll();
            }
          }
        }
      }
    }
    List<List<ThemeReport.CharacteristicTerm>> result = new ArrayList<>();
    for (PriorityQueue<ThemeReport.CharacteristicTerm> top : best) {
      List<ThemeReport.CharacteristicTerm> sorted = new ArrayList<>(top);
      sorted.sort(BEST_FIRST);
      result.add(List.copyOf(sorted));
    }
    return result;
  }

  /**
   * Counts the term's documents in {@code whole} (returned) and, into {@code fg}, those in each
   * group, by each document's group mask.
   */
  private static long count(
      PostingsEnum postings, FixedBitSet whole, long[] masks, int words, long[] fg)
      throws IOException {
    Arrays.fill(fg, 0);
    long bg = 0;
    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
      if (d >= whole.length() || !whole.get(d)) {
        continue;
      }
      bg++;
      for (int w = 0; w < words; w++) {
        for (long m = masks[d * words + w]; m != 0; m &= m - 1) {
          fg[w * 64 + Long.numberOfTrailingZeros(m)]++;
        }
      }
    }
    return bg;
  }

  /** For each document, {@code words} longs with bit g set when it is in group g. */
  private static long[] masks(int docs, int words, List<FixedBitSet> groups) {
    long[] masks = new long[Math.multiplyExact(docs, words)];
    for (int g = 0; g < groups.size(); g++) {
      FixedBitSet group = groups.get(g);
      int end = Math.min(docs, group.length());
      for (int d = end == 0 ? DocIdSetIterator.NO_MORE_DOCS : group.nextSetBit(0, end);
          d != DocIdSetIterator.NO_MORE_DOCS;
          d = d + 1 < end ? group.nextSetBit(d + 1, end) : DocIdSetIterator.NO_MORE_DOCS) {
        masks[d * words + g / 64] |= 1L << (g % 64);
      }
    }
    return masks;
  }
}
