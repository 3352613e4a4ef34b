package se.hord.analysis.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import se.hord.analysis.index.ItemFields;

/** The answers a report covers, read from doc values (no stored text, no re-analysis). */
final class ReportRows {
  /** A value missing from an answer. */
  static final String UNKNOWN = "okänd";

  /** One answer: its global doc id, who gave it, when (month), and its breakdown values. */
  record Row(int doc, String respondent, long createdAt, String month, List<String> values) {}

  private ReportRows() {}

  /** The global doc ids matching a query. */
  static FixedBitSet docs(IndexSearcher searcher, Query query) throws IOException {
    FixedBitSet bits = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      DocIdSetIterator it = scorer.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(d)) {
          bits.set(leaf.docBase + d);
        }
      }
    }
    return bits;
  }

  /**
   * The rows of these documents, in doc id order. Each distinct value is one string (looked up once
   * per segment and ordinal), so a report over a million answers does not hold millions of copies.
   */
  static List<Row> read(IndexSearcher searcher, FixedBitSet docs) throws IOException {
    List<Row> rows = new ArrayList<>();
    Map<String, String> shared = new HashMap<>();
    Map<Long, String> monthOfHour = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafReader reader = leaf.reader();
      Values respondent = new Values(reader.getSortedDocValues(ItemFields.RESPONDENT), shared);
      Values id = new Values(reader.getSortedDocValues(ItemFields.ID), shared);
      NumericDocValues createdAt = reader.getNumericDocValues(ItemFields.CREATED_AT);
      List<Values> values = new ArrayList<>();
      for (String field : ItemFields.BREAKDOWNS) {
        values.add(new Values(reader.getSortedDocValues(field), shared));
      }
      int end = Math.min(docs.length(), leaf.docBase + reader.maxDoc());
      for (int global = leaf.docBase < end ? docs.nextSetBit(leaf.docBase, end) : NONE;
          global != NONE;
          global = global + 1 < end ? docs.nextSetBit(global + 1, end) : NONE) {
        int d = global - leaf.docBase;
        String who = respondent.of(d);
        if (who == null) {
          String own = id.of(d);
          who = own == null ? "doc-" + global : ItemFields.respondent(own);
        }
        long at = createdAt != null && createdAt.advanceExact(d) ? createdAt.longValue() : 0;
        String[] row = new String[values.size()];
        for (int v = 0; v < row.length; v++) {
          String value = values.get(v).of(d);
          row[v] = value == null ? UNKNOWN : value;
        }
        String month =
            monthOfHour.computeIfAbsent(Math.floorDiv(at, HOUR), h -> shared(shared, month(at)));
        rows.add(new Row(global, who, at, month, List.of(row)));
      }
    }
    return rows;
  }

  static String month(long epochMillis) {
    return ItemFields.month(epochMillis);
  }

  private static final int NONE = DocIdSetIterator.NO_MORE_DOCS;

  /** Swedish time is UTC plus whole hours, so every instant of a UTC hour is in one month. */
  private static final long HOUR = 3_600_000L;

  private static String shared(Map<String, String> shared, String value) {
    String known = shared.putIfAbsent(value, value);
    return known == null ? value : known;
  }

  /** One sorted doc values field of a segment, each ordinal turned into a string once. */
  private static final class Values {
    private final SortedDocValues values;
    private final Map<String, String> shared;
    private String[] byOrd;

    Values(SortedDocValues values, Map<String, String> shared) {
      this.values = values;
      this.shared = shared;
    }

    /** The value of this document (ascending doc ids only), or null when it has none. */
    String of(int doc) throws IOException {
      if (values == null || !values.advanceExact(doc)) {
        return null;
      }
      int ord = values.ordValue();
      if (byOrd == null) {
        byOrd = new String[values.getValueCount()];
      }
      String value = byOrd[ord];
      if (value == null) {
        value = shared(shared, values.lookupOrd(ord).utf8ToString());
        byOrd[ord] = value;
      }
      return value;
    }
  }
}
