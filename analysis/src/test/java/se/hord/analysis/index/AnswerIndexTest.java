package se.hord.analysis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hord.analysis.Items.item;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerIndexTest {
  @Test
  void theSameItemDeliveredTwiceIsIndexedOnce() throws IOException {
    try (AnswerIndex index = new AnswerIndex(new ByteBuffersDirectory())) {
      index.index("survey", List.of(item("a", "Bussen är sen", "2026-03-01T10:00:00Z")), "1");
      index.index(
          "survey",
          List.of(
              item("b", "Skolan är bra", "2026-03-02T10:00:00Z"),
              item("a", "Bussen är sen", "2026-03-01T10:00:00Z")),
          "3");
      index.refresh();
      assertEquals(2, count(index));
      assertEquals(Optional.of("3"), index.cursor("survey"));
    }
  }

  @Test
  void storesOnlyScrubbedText() throws IOException {
    try (AnswerIndex index = new AnswerIndex(new ByteBuffersDirectory())) {
      index.index(
          "survey", List.of(item("a", "Ring mig på 070-123 45 67", "2026-03-01T10:00:00Z")), "1");
      index.refresh();
      String stored = index.search(s -> s.storedFields().document(0).get(ItemFields.TEXT));
      assertEquals("Ring mig på [telefon]", stored);
      assertEquals(0, count(index, new TermQuery(new Term(ItemFields.TEXT, "070"))));
    }
  }

  @Test
  void cursorsAreCommittedWithTheDocumentsAndSurviveARestart(@TempDir Path dir) throws IOException {
    try (AnswerIndex index = new AnswerIndex(FSDirectory.open(dir))) {
      index.index("survey", List.of(item("a", "Bussen", "2026-03-01T10:00:00Z")), "7");
      index.index("dialogue", List.of(item("d", "Parken", "2026-03-01T10:00:00Z")), "2");
      index.commitIfDirty();
    }
    try (AnswerIndex reopened = new AnswerIndex(FSDirectory.open(dir))) {
      assertEquals(Optional.of("7"), reopened.cursor("survey"));
      assertEquals(Optional.of("2"), reopened.cursor("dialogue"));
      assertEquals(2, count(reopened));
    }
  }

  @Test
  void uncommittedWorkIsLostTogetherWithItsCursor(@TempDir Path dir) throws IOException {
    AnswerIndex crashed = new AnswerIndex(FSDirectory.open(dir.resolve("index")));
    crashed.index("survey", List.of(item("a", "Bussen", "2026-03-01T10:00:00Z")), "1");
    crashed.commitIfDirty();
    crashed.index("survey", List.of(item("b", "Skolan", "2026-03-02T10:00:00Z")), "2");
    // A second writer cannot open while the first holds the lock; read the last commit instead.
    try (AnswerIndex reader = readLastCommit(dir, crashed)) {
      assertEquals(Optional.of("1"), reader.cursor("survey"));
      assertEquals(1, count(reader));
    }
  }

  @Test
  void clearDeletesEverythingAndForgetsTheCursors() throws IOException {
    try (AnswerIndex index = new AnswerIndex(new ByteBuffersDirectory())) {
      index.index("survey", List.of(item("a", "Bussen", "2026-03-01T10:00:00Z")), "1");
      index.refresh();
      index.clear();
      assertEquals(0, count(index));
      assertEquals(Optional.empty(), index.cursor("survey"));
    }
  }

  @Test
  void theScheduledRefreshMakesNewAnswersSearchableWithoutACommit() throws IOException {
    try (AnswerIndex index = new AnswerIndex(new ByteBuffersDirectory())) {
      index.index("survey", List.of(item("a", "Bussen är sen", "2026-03-01T10:00:00Z")), "1");
      assertEquals(0, count(index));
      index.refreshIfChanged();
      assertEquals(1, count(index));
    }
  }

  @Test
  void aCommitWhileIndexingGoesOnNeverHoldsACursorBeyondItsDocuments(@TempDir Path dir)
      throws Exception {
    int pages = 300;
    try (AnswerIndex index = new AnswerIndex(FSDirectory.open(dir));
        FSDirectory files = FSDirectory.open(dir)) {
      Thread indexer =
          new Thread(
              () -> {
                for (int page = 1; page <= pages; page++) {
                  index.index(
                      "survey",
                      List.of(item("a" + page, "Bussen " + page, "2026-03-01T10:00:00Z")),
                      String.valueOf(page));
                }
              });
      indexer.start();
      int commits = 0;
      while (indexer.isAlive() || commits == 0) {
        index.commitIfDirty();
        commits++;
        if (!DirectoryReader.indexExists(files)) {
          continue; // nothing indexed yet, so nothing committed
        }
        try (DirectoryReader committed = DirectoryReader.open(files)) {
          String cursor = committed.getIndexCommit().getUserData().get("cursor.survey");
          int covered = cursor == null ? 0 : Integer.parseInt(cursor);
          assertTrue(
              committed.numDocs() >= covered,
              "commit "
                  + commits
                  + ": cursor "
                  + covered
                  + " but "
                  + committed.numDocs()
                  + " docs");
        }
      }
      indexer.join();
      index.commitIfDirty();
      try (DirectoryReader committed = DirectoryReader.open(files)) {
        assertEquals(
            String.valueOf(pages), committed.getIndexCommit().getUserData().get("cursor.survey"));
        assertEquals(pages, committed.numDocs());
      }
    }
  }

  /** Simulates a crash: the writer's files are left as they are, then the index is reopened. */
  private static AnswerIndex readLastCommit(Path dir, AnswerIndex crashed) throws IOException {
    Path copy = dir.resolve("after-crash");
    try (FSDirectory from = FSDirectory.open(dir.resolve("index"));
        FSDirectory to = FSDirectory.open(copy)) {
      for (String file : from.listAll()) {
        if (!file.equals("write.lock")) {
          to.copyFrom(from, file, file, org.apache.lucene.store.IOContext.DEFAULT);
        }
      }
    }
    crashed.close();
    return new AnswerIndex(FSDirectory.open(copy));
  }

  private static int count(AnswerIndex index) {
    return count(index, new MatchAllDocsQuery());
  }

  private static int count(AnswerIndex index, org.apache.lucene.search.Query query) {
    return index.search(s -> s.count(query));
  }
}
