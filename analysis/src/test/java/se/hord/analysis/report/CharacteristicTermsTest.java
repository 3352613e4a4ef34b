package se.hord.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.text.HordAnalyzer;

/**
 * The one-pass characteristic terms are exactly those of the plain computation (every term of every
 * segment, every group checked at every posting), over several segments with deleted answers and
 * more groups than one long holds, whether terms are counted by their documents' group masks or by
 * intersecting their documents with each group.
 */
class CharacteristicTermsTest {
  private static final String[] WORDS =
      ("skolan bussen trygg kvällen fritidsgården sommarjobb mobbning ångest politiker skräp hyran"
              + " familj fotboll rasism framtiden avgiften belysning instagram stöd rösta rum"
              + " lärare parken mörkt dyr glad ledsen")
          .split(" ");

  @Test
  void sameTermsAsCheckingEveryGroupAtEveryPosting() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(HordAnalyzer.forIndexing(ItemFields.TEXT));
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, config)) {
      for (int batch = 0; batch < 4; batch++) {
        add(writer, batch * 200, 200);
        writer.flush();
      }
      writer.deleteDocuments(
          new TermQuery(new Term("id", "c7")), new TermQuery(new Term("id", "c450")));
      writer.deleteDocuments(new TermQuery(new Term(ItemFields.TEXT, "skol")));
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(4, reader.leaves().size());
        assertTrue(reader.hasDeletions());
        FixedBitSet whole = ReportRows.docs(searcher, new MatchAllDocsQuery());
        SplittableRandom random = new SplittableRandom(42);
        List<FixedBitSet> groups = new ArrayList<>();
        for (int g = 0; g < 70; g++) {
          FixedBitSet group = new FixedBitSet(whole.length());
          double share = 0.02 + random.nextDouble() * 0.3;
          for (int d = 0; d < whole.length(); d++) {
            if (whole.get(d) && random.nextDouble() < share) {
              group.set(d);
            }
          }
          groups.add(group);
        }
        List<List<ThemeReport.CharacteristicTerm>> expected = plain(searcher, whole, groups);
        assertTrue(expected.stream().filter(t -> !t.isEmpty()).count() > 10);
        assertEquals(expected, CharacteristicTerms.of(searcher, whole, groups));
        assertEquals(expected, CharacteristicTerms.of(searcher, whole, groups, 0));
        assertEquals(expected, CharacteristicTerms.of(searcher, whole, groups, Long.MAX_VALUE));
      }
    }
  }

  /** The computation as it was: a map of every term, every group checked at every posting. */
  private static List<List<ThemeReport.CharacteristicTerm>> plain(
      IndexSearcher searcher, FixedBitSet whole, List<FixedBitSet> groups) throws IOException {
    Map<String, long[]> counts = new HashMap<>();
    int n = groups.size();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(ItemFields.TEXT);
      TermsEnum te = terms.iterator();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
        for (int d = postings.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          int global = leaf.docBase + d;
          if (whole.get(global)) {
            long[] c = counts.computeIfAbsent(term.utf8ToString(), k -> new long[n + 1]);
            c[n]++;
            for (int g = 0; g < n; g++) {
              if (groups.get(g).get(global)) {
                c[g]++;
              }
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
        double fgPct = (double) fg / size;
        double bgPct = (double) bg / wholeSize;
        if (fg >= Suppression.THRESHOLD && fgPct > bgPct) {
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
      result.add(List.copyOf(scored.subList(0, Math.min(CharacteristicTerms.TOP, scored.size()))));
    }
    return result;
  }

  private static void add(IndexWriter writer, int from, int count) throws IOException {
    for (int i = from; i < from + count; i++) {
      SplittableRandom random = new SplittableRandom(i);
      StringBuilder text = new StringBuilder();
      for (int w = 3 + random.nextInt(8); w > 0; w--) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      Document doc = new Document();
      doc.add(new StringField("id", "c" + i, Field.Store.NO));
      doc.add(new TextField(ItemFields.TEXT, text.toString(), Field.Store.NO));
      writer.addDocument(doc);
    }
  }
}
