package se.hord.analysis.search;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.util.FixedBitSet;
import se.hord.analysis.theme.CodedTheme;

/**
 * Which documents of a segment each theme's query matches, computed once per segment and theme
 * query and then kept: every search counts the theme facet and labels its hits with all the
 * codebook's themes, and running some thirty theme queries (with prefix terms that expand anew each
 * time) per search made a search over a large index take hundreds of milliseconds.
 *
 * <p>The bits belong to a segment's core (its documents as written), so a near-real-time reopen
 * keeps them for every segment it did not merge, and they go when the segment is closed. Deleted
 * documents are still set: callers only ask about live documents (the matches of a search, its
 * hits) or mask with the live docs themselves. The key is the theme's query itself (Lucene queries
 * compare by value), so an edited theme, or a new pin, is computed afresh and an unchanged one is
 * not; bits of queries no longer in the codebook are dropped when the next codebook is seen.
 */
@Singleton
public final class ThemeBits {
  private final Map<IndexReader.CacheKey, Map<Query, FixedBitSet>> segments =
      new ConcurrentHashMap<>();

  /** For each theme, in order, the documents of this segment its query matches. */
  public FixedBitSet[] of(LeafReaderContext leaf, List<CodedTheme> themes) {
    IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
    FixedBitSet[] result = new FixedBitSet[themes.size()];
    if (core == null) {
      for (int t = 0; t < themes.size(); t++) {
        result[t] = matches(leaf, themes.get(t).query());
      }
      return result;
    }
    Map<Query, FixedBitSet> cached = segment(core);
    for (int t = 0; t < themes.size(); t++) {
      result[t] = cached.computeIfAbsent(themes.get(t).query(), q -> matches(leaf, q));
    }
    if (cached.size() > themes.size()) {
      Set<Query> current = new HashSet<>();
      themes.forEach(theme -> current.add(theme.query()));
      cached.keySet().retainAll(current);
    }
    return result;
  }

  /** How many segments have bits kept (for tests: closed segments must not stay). */
  int segments() {
    return segments.size();
  }

  private Map<Query, FixedBitSet> segment(IndexReader.CacheHelper core) {
    Map<Query, FixedBitSet> cached = segments.get(core.getKey());
    if (cached != null) {
      return cached;
    }
    return segments.computeIfAbsent(
        core.getKey(),
        key -> {
          core.addClosedListener(segments::remove);
          return new ConcurrentHashMap<>();
        });
  }

  private static FixedBitSet matches(LeafReaderContext leaf, Query query) {
    try {
      IndexSearcher one = new IndexSearcher(leaf.reader());
      one.setQueryCache(null);
      Scorer scorer =
          one.createWeight(one.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1)
              .scorer(one.getIndexReader().leaves().get(0));
      FixedBitSet bits = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
      if (scorer != null) {
        bits.or(scorer.iterator());
      }
      return bits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
