package se.hord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import se.hord.analysis.text.HordAnalyzer;

/**
 * The rebuild baseline: the same texts indexed in-process by one thread with analysis' own analyzer
 * (text and its folded copy, as analysis indexes them), straight into an {@link IndexWriter} on
 * disk, with one commit at the end. No HTTP, no feed, no scrubbing, no facets.
 */
final class RawLucene {
  private RawLucene() {}

  /** Documents per second for {@code count} answers. */
  static double indexPerSecond(Corpus corpus, long count, Path dir) throws IOException {
    deleteTree(dir);
    FieldType folded = new FieldType();
    folded.setTokenized(true);
    folded.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    folded.freeze();
    long start = System.nanoTime();
    IndexWriterConfig config = new IndexWriterConfig(analyzer());
    config.setRAMBufferSizeMB(64);
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (long i = 0; i < count; i++) {
        String text = corpus.answer(i);
        Document doc = new Document();
        doc.add(new StringField("id", "raw-" + i, Field.Store.YES));
        doc.add(new TextField("text", text, Field.Store.YES));
        doc.add(new Field("text" + "_folded", text, folded));
        writer.addDocument(doc);
      }
      writer.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    deleteTree(dir);
    return count / seconds;
  }

  /**
   * analysis' index-time analyzer: {@code HordAnalyzer.forIndexing("text")} where that exists (with
   * compound splitting), else the plain {@code new HordAnalyzer()} of the walking skeleton.
   */
  static Analyzer analyzer() {
    try {
      return (Analyzer)
          HordAnalyzer.class.getMethod("forIndexing", String.class).invoke(null, "text");
    } catch (ReflectiveOperationException e) {
      return new HordAnalyzer();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
