package se.hord.analysis.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.text.HordAnalyzer;

/**
 * "More like this": Lucene's MoreLikeThis over the text field of one answer, with the index-time
 * analysis (so compound parts count), tuned for short answers.
 */
final class Similar {
  private static final Analyzer ANALYZER = HordAnalyzer.forIndexing(ItemFields.TEXT);

  private Similar() {}

  /** The query for answers like the document {@code doc}. */
  static Query like(IndexReader reader, int doc) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setFieldNames(new String[] {ItemFields.TEXT});
    mlt.setAnalyzer(ANALYZER);
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMinWordLen(2);
    mlt.setMaxQueryTerms(25);
    return mlt.like(doc);
  }
}
