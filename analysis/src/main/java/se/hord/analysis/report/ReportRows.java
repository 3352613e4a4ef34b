package se.hord.analysis.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

  /** The rows of these documents, in doc id order. */
  static List<Row> read(IndexSearcher searcher, FixedBitSet docs) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafReader reader = leaf.reader();
      SortedDocValues respondent = reader.getSortedDocValues(ItemFields.RESPONDENT);
      SortedDocValues id = reader.getSortedDocValues(ItemFields.ID);
      NumericDocValues createdAt = reader.getNumericDocValues(ItemFields.CREATED_AT);
      List<SortedDocValues> values = new ArrayList<>();
      for (String field : ItemFields.BREAKDOWNS) {
        values.add(reader.getSortedDocValues(field));
      }
      for (int d = 0; d < reader.maxDoc(); d++) {
        int global = leaf.docBase + d;
        if (global >= docs.length() || !docs.get(global)) {
          continue;
        }
        String who = value(respondent, d);
        if (who == null) {
          String own = value(id, d);
          who = own == null ? "doc-" + global : ItemFields.respondent(own);
        }
        long at = createdAt != null && createdAt.advanceExact(d) ? createdAt.longValue() : 0;
        List<String> row = new ArrayList<>();
        for (SortedDocValues v : values) {
          String value = value(v, d);
          row.add(value == null ? UNKNOWN : value);
        }
        rows.add(new Row(global, who, at, month(at), List.copyOf(row)));
      }
    }
    return rows;
  }

  static String month(long epochMillis) {
    return ItemFields.month(epochMillis);
  }

  private static String value(SortedDocValues values, int doc) throws IOException {
    if (values == null || !values.advanceExact(doc)) {
      return null;
    }
    return values.lookupOrd(values.ordValue()).utf8ToString();
  }
}
