package se.hord.analysis.search;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.index.FacetedSearcher;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.theme.Codebook;
import se.hord.analysis.theme.CodedTheme;
import se.hord.platform.security.Caller;
import se.hord.platform.web.Problem;
import se.hord.platform.web.ProblemException;

/**
 * Searches the answers: the official's query over the text, the filters, and the municipality scope
 * of the caller, with facet counts over exactly the same set of answers.
 */
@Singleton
public class SearchService {
  /** The facets every answer carries, in the order they are shown. */
  public static final List<String> FACETS =
      List.of(
          ItemFields.SOURCE,
          ItemFields.MUNICIPALITY,
          ItemFields.ORIGIN_ID,
          ItemFields.MONTH,
          ItemFields.AGE_BAND,
          ItemFields.GENDER,
          ItemFields.AREA);

  private static final Sort NEWEST_FIRST =
      new Sort(
          new SortField(ItemFields.CREATED_AT, SortField.Type.LONG, true),
          new SortField(ItemFields.ID, SortField.Type.STRING));
  private static final Sort RELEVANCE =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(ItemFields.CREATED_AT, SortField.Type.LONG, true),
          new SortField(ItemFields.ID, SortField.Type.STRING));

  /** The name of the theme facet, and of the search parameter that filters by themes. */
  public static final String THEME = "theme";

  private final AnswerIndex index;
  private final Codebook codebook;
  private final ThemeBits themeBits;
  private final Analyzer analyzer = TextQuery.analyzer();

  /** Search with the themes of this codebook, their matches kept in {@code themeBits}. */
  @Inject
  public SearchService(AnswerIndex index, Codebook codebook, ThemeBits themeBits) {
    this.index = index;
    this.codebook = codebook;
    this.themeBits = themeBits;
  }

  /** Search with the themes of this codebook. */
  public SearchService(AnswerIndex index, Codebook codebook) {
    this(index, codebook, new ThemeBits());
  }

  /** Search without themes. */
  public SearchService(AnswerIndex index) {
    this(index, Codebook.EMPTY);
  }

  /** One page of answers this caller may see that match the search. */
  public SearchResult search(SearchParams params, Caller caller) {
    Query text = TextQuery.parse(params.q());
    List<CodedTheme> themes = codebook.themes();
    Query query = withThemes(withFilters(text, params, caller), params.themes(), themes);
    Sort sort = params.sort().equals(SearchParams.NEWEST) ? NEWEST_FIRST : RELEVANCE;
    return index.search(searcher -> run(searcher, text, query, sort, params, themes));
  }

  private SearchResult run(
      FacetedSearcher searcher,
      Query text,
      Query query,
      Sort sort,
      SearchParams params,
      List<CodedTheme> themes)
      throws IOException {
    int wanted = params.page() * params.size();
    FacetsCollectorManager.FacetsResult result =
        FacetsCollectorManager.search(searcher, query, wanted, sort, new FacetsCollectorManager());
    FacetsCollector collector = result.facetsCollector();
    long total = collector.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
    ScoreDoc[] all = result.topDocs().scoreDocs;
    int start = Math.min(all.length, (params.page() - 1) * params.size());
    TopDocs page =
        new TopDocs(result.topDocs().totalHits, Arrays.copyOfRange(all, start, all.length));
    List<SearchResult.Hit> hits = Hits.read(searcher, analyzer, text, page, themeBits, themes);
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    facets.put(THEME, ThemeMatcher.count(themeBits, collector.getMatchingDocs(), themes));
    facets.putAll(FacetCounts.count(searcher, collector, FACETS));
    return new SearchResult(
        total, params.page(), params.size(), hits, facets, Labels.of(searcher, facets, themes));
  }

  /**
   * Answers like this one (MoreLikeThis over the text), among those the caller may see, best first
   * and without the answer itself. An answer that does not exist, or that the caller may not see,
   * is a 404.
   */
  public SearchResult similar(String id, int size, Caller caller) {
    List<CodedTheme> themes = codebook.themes();
    return index.search(
        searcher -> {
          Term term = new Term(ItemFields.ID, id);
          TopDocs found = searcher.search(new TermQuery(term), 1);
          String municipality =
              found.scoreDocs.length == 0
                  ? null
                  : searcher
                      .storedFields()
                      .document(found.scoreDocs[0].doc)
                      .get(ItemFields.MUNICIPALITY);
          if (municipality == null || !caller.worksFor(municipality)) {
            throw ProblemException.notFound(
                "Det finns inget svar " + id + ". (There is no answer " + id + ".)");
          }
          Query like = Similar.like(searcher.getIndexReader(), found.scoreDocs[0].doc);
          Query query =
              new BooleanQuery.Builder()
                  .add(withFilters(like, SearchParams.none(), caller), Occur.MUST)
                  .add(new TermQuery(term), Occur.MUST_NOT)
                  .build();
          TopDocs top = searcher.search(query, size, RELEVANCE);
          List<SearchResult.Hit> hits = Hits.read(searcher, analyzer, like, top, themeBits, themes);
          Map<String, String> labels = new LinkedHashMap<>();
          themes.forEach(t -> labels.put(t.key(), t.labelSv()));
          return new SearchResult(
              top.totalHits.value(), 1, size, hits, Map.of(), Map.of(THEME, labels));
        });
  }

  /**
   * Every answer of this search the caller may see, for an export. The query, the filters and the
   * caller's right to them are checked here (a 400 or 403 before anything is written); the answers
   * are read when the selection is walked.
   */
  public Selection selection(SearchParams params, Caller caller) {
    Query text = TextQuery.parse(params.q());
    List<CodedTheme> themes = codebook.themes();
    Query query = withThemes(withFilters(text, params, caller), params.themes(), themes);
    Sort sort = params.sort().equals(SearchParams.NEWEST) ? NEWEST_FIRST : RELEVANCE;
    return new Selection(index, query, sort, themeBits, themes);
  }

  /**
   * How a theme's query (theme syntax: no folded alternatives) would classify the answers this
   * caller may see: the number of matches and the best {@code size} of them, highlighted. A query
   * that does not parse is a 400 whose detail explains the syntax.
   */
  public SearchResult preview(String themeQuery, int size, Caller caller) {
    Query text = TextQuery.parseExact(themeQuery);
    Query query = withFilters(text, SearchParams.none(), caller);
    List<CodedTheme> themes = codebook.themes();
    return index.search(
        searcher -> {
          TopDocs top = searcher.search(query, size, RELEVANCE);
          List<SearchResult.Hit> hits = Hits.read(searcher, analyzer, text, top, themeBits, themes);
          return new SearchResult(searcher.count(query), 1, size, hits, Map.of(), Map.of());
        });
  }

  /** Keeps the answers in any of the asked themes; an unknown theme is a 400. */
  private static Query withThemes(Query query, List<String> asked, List<CodedTheme> themes) {
    if (asked.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String key : asked) {
      CodedTheme theme =
          themes.stream()
              .filter(t -> t.key().equals(key))
              .findFirst()
              .orElseThrow(
                  () ->
                      ProblemException.invalid(
                          "Okänt tema. (Unknown theme.)",
                          List.of(
                              new Problem.Violation(
                                  THEME,
                                  "Det finns inget tema "
                                      + key
                                      + ". (There is no theme "
                                      + key
                                      + ".)"))));
      any.add(theme.query(), Occur.SHOULD);
    }
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(any.build(), Occur.FILTER).build();
  }

  private static Query withFilters(Query text, SearchParams params, Caller caller) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
    Map<String, String> filters = new LinkedHashMap<>(params.filters());
    String municipality = filters.remove(ItemFields.MUNICIPALITY);
    if (municipality != null) {
      caller.requireOfficialOf(municipality);
      query.add(new TermQuery(new Term(ItemFields.MUNICIPALITY, municipality)), Occur.FILTER);
    } else if (!caller.isAdmin()) {
      List<BytesRef> own = new ArrayList<>();
      caller.municipalities().forEach(m -> own.add(new BytesRef(m)));
      query.add(new TermInSetQuery(ItemFields.MUNICIPALITY, own), Occur.FILTER);
    }
    filters.forEach(
        (field, value) -> query.add(new TermQuery(new Term(field, value)), Occur.FILTER));
    if (params.from() != null || params.to() != null) {
      long from = params.from() == null ? Long.MIN_VALUE : params.from().toEpochMilli();
      long to = params.to() == null ? Long.MAX_VALUE : params.to().toEpochMilli();
      query.add(LongPoint.newRangeQuery(ItemFields.CREATED_AT, from, to), Occur.FILTER);
    }
    return query.build();
  }

  static String instant(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }
}
