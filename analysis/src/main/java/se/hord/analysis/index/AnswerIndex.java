package se.hord.analysis.index;

import io.micronaut.context.annotation.Property;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import se.hord.analysis.privacy.Scrubber;
import se.hord.analysis.text.HordAnalyzer;
import se.hord.platform.feed.FeedItem;

/**
 * The one Lucene index of answers, derived from the feeds. Each feed's cursor is written into the
 * same Lucene commit as the documents it covers (commit user data), so after a crash the index and
 * its checkpoint always agree; items after the checkpoint are simply pulled again, and {@link
 * IndexWriter#updateDocument} by id makes that harmless.
 *
 * <p>A cursor is recorded only after its documents are in the writer, and a commit takes its
 * cursors before it starts, so a commit never holds a cursor beyond its documents (it may hold
 * documents beyond its cursor: pulled again, replaced by id). The commit's fsync therefore runs
 * outside the lock that indexing takes, and new documents become searchable on their own short
 * cadence ({@link #refreshIfChanged}), not only when a pull has drained its feed.
 */
@Singleton
public class AnswerIndex implements AutoCloseable {
  private static final String CURSOR_PREFIX = "cursor.";

  private final Directory directory;
  private final FacetsConfig facets = ItemFields.facetsConfig();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<String, String> cursors = new TreeMap<>();

  /** Held by whoever commits (or clears), so commits and their user data never interleave. */
  private final Object commitLock = new Object();

  /**
   * A refresh flushes a small segment and rebuilds the facet ordinals, which gets dearer as the
   * index grows: after each scheduled refresh wait this many times as long as it took, so a rebuild
   * spends at most a fifth of its time making itself visible.
   */
  private static final int REFRESH_PAUSES = 4;

  private boolean dirty;
  private final AtomicBoolean unrefreshed = new AtomicBoolean();
  private volatile long nextRefreshAt = System.nanoTime();

  /** Opens (or creates) the index in the configured directory. */
  @Inject
  public AnswerIndex(@Property(name = "hord.index.dir") String dir) throws IOException {
    this(FSDirectory.open(Files.createDirectories(Path.of(dir))));
  }

  /** Opens (or creates) the index in this directory; tests pass a ByteBuffersDirectory. */
  public AnswerIndex(Directory directory) throws IOException {
    this(directory, HordAnalyzer.forIndexing(ItemFields.TEXT));
  }

  /** Opens (or creates) the index with this index-time analyzer (to measure its cost). */
  public AnswerIndex(Directory directory, Analyzer analyzer) throws IOException {
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    Iterable<Map.Entry<String, String>> committed = writer.getLiveCommitData();
    if (committed != null) {
      committed.forEach(
          e -> {
            if (e.getKey().startsWith(CURSOR_PREFIX)) {
              cursors.put(e.getKey().substring(CURSOR_PREFIX.length()), e.getValue());
            }
          });
    }
    this.searchers = new SearcherManager(writer, new FacetedSearcher.Factory(facets));
  }

  /**
   * Scrubs and indexes these items of one feed and moves that feed's cursor past them. An item
   * already in the index (same id) is replaced, never duplicated. Searchable after {@link
   * #refresh()}.
   */
  public void index(String feed, List<FeedItem> items, String nextCursor) {
    indexScrubbed(feed, Scrubber.scrubAll(items), nextCursor);
  }

  /**
   * As {@link #index}, for items {@link Scrubber} has already scrubbed. One feed is indexed by one
   * thread at a time (its pages in order); the cursor is recorded only after its documents.
   */
  public void indexScrubbed(String feed, List<FeedItem> scrubbed, String nextCursor) {
    try {
      for (FeedItem item : scrubbed) {
        writer.updateDocument(
            new Term(ItemFields.ID, item.id()), ItemFields.toDocument(item, facets));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    synchronized (this) {
      cursors.put(feed, nextCursor);
      dirty = true;
    }
    unrefreshed.set(true);
  }

  /** Where the next pull of this feed starts; empty for a feed never read. */
  public synchronized Optional<String> cursor(String feed) {
    return Optional.ofNullable(cursors.get(feed));
  }

  /** Makes everything indexed so far searchable (near-real-time, without a commit). */
  public void refresh() {
    try {
      unrefreshed.set(false);
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes what was indexed since the last refresh searchable, when anything was: a few times a
   * second, so answers show up while a long pull (a rebuild, a backlog) is still draining.
   */
  @Scheduled(fixedDelay = "${hord.index.refresh-interval:100ms}", initialDelay = "1s")
  public void refreshIfChanged() {
    long now = System.nanoTime();
    if (unrefreshed.get() && writer.isOpen() && now - nextRefreshAt >= 0) {
      refresh();
      long end = System.nanoTime();
      nextRefreshAt = end + REFRESH_PAUSES * (end - now);
    }
  }

  /**
   * Deletes every document and forgets every cursor, durably; the feeds then fill it again. Not
   * while the same index is being filled: the puller clears and pulls on one thread.
   */
  public void clear() {
    synchronized (commitLock) {
      try {
        synchronized (this) {
          writer.deleteAll();
          cursors.clear();
          dirty = true;
        }
        commit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    refresh();
  }

  /** Commits documents and cursors together when anything changed since the last commit. */
  @Scheduled(fixedDelay = "${hord.index.commit-interval:2s}", initialDelay = "2s")
  public void commitIfDirty() {
    synchronized (commitLock) {
      if (writer.isOpen()) {
        try {
          commit();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /**
   * Commits the cursors recorded so far with (at least) their documents, when anything changed;
   * indexing goes on meanwhile. Called holding {@link #commitLock}.
   */
  private void commit() throws IOException {
    Map<String, String> data = new TreeMap<>();
    synchronized (this) {
      if (!dirty) {
        return;
      }
      cursors.forEach((feed, cursor) -> data.put(CURSOR_PREFIX + feed, cursor));
      dirty = false;
    }
    try {
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    } catch (IOException | RuntimeException e) {
      synchronized (this) {
        dirty = true;
      }
      throw e;
    }
  }

  /** Runs a search on the newest searcher and releases it afterwards. */
  public <T> T search(SearchFunction<T> function) {
    try {
      FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
      try {
        return function.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many answers the index holds (as the newest searcher sees them). */
  public int count() {
    return search(searcher -> searcher.getIndexReader().numDocs());
  }

  /** The municipality of an indexed answer, or empty when there is no such answer. */
  public Optional<String> municipalityOf(String id) {
    return search(
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(new Term(ItemFields.ID, id)), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          return Optional.ofNullable(
              searcher.storedFields().document(top.scoreDocs[0].doc).get(ItemFields.MUNICIPALITY));
        });
  }

  /** A search against one point-in-time view of the index. */
  @FunctionalInterface
  public interface SearchFunction<T> {
    T apply(FacetedSearcher searcher) throws IOException;
  }

  /** Commits what is pending and closes the index. */
  @PreDestroy
  @Override
  public void close() throws IOException {
    synchronized (commitLock) {
      if (writer.isOpen()) {
        commitIfDirty();
        searchers.close();
        writer.close();
        directory.close();
      }
    }
  }
}
