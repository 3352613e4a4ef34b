package se.hord.analysis.index;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** A searcher with its facet ordinals, built once per reopened reader rather than per search. */
public final class FacetedSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final FacetsConfig facetsConfig;

  private FacetedSearcher(
      IndexReader reader, FacetsConfig facetsConfig, SortedSetDocValuesReaderState facetState) {
    super(reader);
    this.facetsConfig = facetsConfig;
    this.facetState = facetState;
  }

  /** The facet ordinals, or null while no document has any facet value. */
  public @Nullable SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** Builds a {@link FacetedSearcher} for each reader the searcher manager opens. */
  static final class Factory extends SearcherFactory {
    private final FacetsConfig config;

    Factory(FacetsConfig config) {
      this.config = config;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
        throws IOException {
      boolean hasFacets =
          FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
              != null;
      return new FacetedSearcher(
          reader,
          config,
          hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null);
    }
  }
}
