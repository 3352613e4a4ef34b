package se.hord.analysis.report;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.search.SearchParams;
import se.hord.analysis.search.ThemeBits;
import se.hord.analysis.theme.Codebook;
import se.hord.analysis.theme.CodedTheme;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;

/**
 * Builds theme reports: people (not answers) per theme, by month, age band, gender, area and
 * source, all through {@link Suppression}; characteristic terms; and, for one municipality, a few
 * representative quotes from themes of at least five people.
 */
@Singleton
public class ThemeReportService {
  static final int QUOTES = 5;
  private static final int NONE = DocIdSetIterator.NO_MORE_DOCS;
  private static final Comparator<ReportRows.Row> EARLIEST =
      Comparator.comparingLong(ReportRows.Row::createdAt).thenComparingInt(ReportRows.Row::doc);

  private final AnswerIndex index;
  private final Codebook codebook;
  private final ThemeBits themeBits;

  /** Reports with the themes of this codebook, their matches kept in {@code themeBits}. */
  @Inject
  public ThemeReportService(AnswerIndex index, Codebook codebook, ThemeBits themeBits) {
    this.index = index;
    this.codebook = codebook;
    this.themeBits = themeBits;
  }

  /** Reports with the themes of this codebook. */
  public ThemeReportService(AnswerIndex index, Codebook codebook) {
    this(index, codebook, new ThemeBits());
  }

  /** The report for this scope; a report across municipalities is for admins only. */
  public ThemeReport report(SearchParams params, Caller caller) {
    return report(params, caller, new Progress());
  }

  /** The same, telling {@code progress} how far it has got (two steps per theme). */
  public ThemeReport report(SearchParams params, Caller caller, Progress progress) {
    String municipality = params.filters().get(ItemFields.MUNICIPALITY);
    if (municipality == null) {
      if (!caller.isAdmin()) {
        throw ProblemException.forbidden(
            "Välj en kommun: bara en administratör ser rapporter över alla kommuner."
                + " (Choose a municipality: only an administrator sees reports across all"
                + " municipalities.)");
      }
    } else {
      caller.requireOfficialOf(municipality);
    }
    Query base = base(municipality, params.filters().get(ItemFields.ORIGIN_ID), params);
    List<CodedTheme> themes = codebook.themes();
    progress.total(2 * themes.size());
    return index.search(
        searcher ->
            build(searcher, base, themes, municipality != null, params, municipality, progress));
  }

  private ThemeReport build(
      IndexSearcher searcher,
      Query base,
      List<CodedTheme> themes,
      boolean withQuotes,
      SearchParams params,
      String municipality,
      Progress progress)
      throws IOException {
    FixedBitSet whole = ReportRows.docs(searcher, base);
    List<ReportRows.Row> rows = ReportRows.read(searcher, whole);
    long people = rows.stream().map(ReportRows.Row::respondent).distinct().count();
    List<FixedBitSet> groups = groups(searcher, whole, themes, progress);
    List<List<ThemeReport.CharacteristicTerm>> terms =
        CharacteristicTerms.of(searcher, whole, groups);
    List<Set<String>> categories = new ArrayList<>();
    for (int i = 0; i < ItemFields.BREAKDOWNS.size(); i++) {
      int field = i;
      categories.add(new TreeSet<>(rows.stream().map(r -> r.values().get(field)).toList()));
    }
    Set<String> months = new TreeSet<>(rows.stream().map(ReportRows.Row::month).toList());
    Map<String, String> termOfMonth = new HashMap<>();
    months.forEach(m -> termOfMonth.put(m, term(m)));
    PeopleTally tally =
        new PeopleTally(
            rows,
            whole.length(),
            List.of(
                ReportRows.Row::month,
                r -> termOfMonth.get(r.month()),
                r -> r.values().get(1),
                r -> r.values().get(2),
                r -> r.values().get(3),
                r -> r.values().get(0)),
            List.of(
                months,
                new TreeSet<>(termOfMonth.values()),
                categories.get(1),
                categories.get(2),
                categories.get(3),
                categories.get(0)));
    List<ThemeReport.ThemeFigures> figures = new ArrayList<>();
    for (int t = 0; t < themes.size(); t++) {
      progress.step();
      CodedTheme theme = themes.get(t);
      PeopleTally.Counts counts = tally.of(groups.get(t));
      long count = counts.people();
      Figure figure = Suppression.figure(count);
      Double share =
          figure.suppressed() || people == 0 ? null : Math.round(1000.0 * count / people) / 10.0;
      List<Breakdown> breakdowns =
          counts.cells().stream().map(cells -> Suppression.protect(count, cells)).toList();
      figures.add(
          new ThemeReport.ThemeFigures(
              theme.key(),
              theme.labelSv(),
              theme.labelEn(),
              figure,
              share,
              breakdowns.get(0),
              breakdowns.get(1),
              breakdowns.get(2),
              breakdowns.get(3),
              breakdowns.get(4),
              breakdowns.get(5),
              terms.get(t),
              withQuotes && count >= Suppression.THRESHOLD
                  ? quotes(searcher, base, theme)
                  : List.of()));
    }
    return new ThemeReport(
        municipality,
        params.filters().get(ItemFields.ORIGIN_ID),
        instant(params.from()),
        instant(params.to()),
        Suppression.figure(people),
        List.copyOf(figures));
  }

  /** The school term of an answer: {@code 2026 VT} (January–June) or {@code 2026 HT}. */
  static String term(String month) {
    return month.substring(0, 4) + (Integer.parseInt(month.substring(5, 7)) <= 6 ? " VT" : " HT");
  }

  /**
   * Per theme, the documents of {@code whole} in it: the theme's kept per-segment bits (see {@link
   * ThemeBits}) intersected with the report's documents, instead of a query per theme.
   */
  private List<FixedBitSet> groups(
      IndexSearcher searcher, FixedBitSet whole, List<CodedTheme> themes, Progress progress) {
    List<FixedBitSet> groups = new ArrayList<>();
    themes.forEach(t -> groups.add(new FixedBitSet(whole.length())));
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int end = Math.min(whole.length(), leaf.docBase + leaf.reader().maxDoc());
      if (leaf.docBase >= end || whole.nextSetBit(leaf.docBase, end) == NONE) {
        continue;
      }
      FixedBitSet[] themed = themeBits.of(leaf, themes);
      for (int t = 0; t < themes.size(); t++) {
        FixedBitSet bits = themed[t];
        FixedBitSet group = groups.get(t);
        int last = Math.min(bits.length(), end - leaf.docBase);
        for (int d = last == 0 ? NONE : bits.nextSetBit(0, last);
            d != NONE;
            d = d + 1 < last ? bits.nextSetBit(d + 1, last) : NONE) {
          if (whole.get(leaf.docBase + d)) {
            group.set(leaf.docBase + d);
          }
        }
      }
    }
    themes.forEach(t -> progress.step());
    return groups;
  }

  /**
   * Each person once, with their earliest answer in the group: so breakdowns add up (the report
   * itself counts the same way with {@link PeopleTally}).
   */
  static List<ReportRows.Row> firstAnswerOfEachPerson(
      List<ReportRows.Row> rows, FixedBitSet group) {
    Map<String, ReportRows.Row> first = new HashMap<>();
    for (ReportRows.Row row : rows) {
      if (group.get(row.doc())) {
        first.merge(row.respondent(), row, (a, b) -> EARLIEST.compare(a, b) <= 0 ? a : b);
      }
    }
    return List.copyOf(first.values());
  }

  private static List<ThemeReport.Quote> quotes(
      IndexSearcher searcher, Query base, CodedTheme theme) throws IOException {
    Query query =
        new BooleanQuery.Builder().add(base, Occur.FILTER).add(theme.query(), Occur.MUST).build();
    Set<String> seen = new LinkedHashSet<>();
    List<ThemeReport.Quote> quotes = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, QUOTES * 4).scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc);
      String text = doc.get(ItemFields.TEXT);
      if (text != null && !text.isBlank() && seen.add(text.strip().toLowerCase())) {
        quotes.add(
            new ThemeReport.Quote(doc.get(ItemFields.ID), text, doc.get(ItemFields.ORIGIN_TITLE)));
      }
      if (quotes.size() == QUOTES) {
        break;
      }
    }
    return List.copyOf(quotes);
  }

  private static Query base(String municipality, String originId, SearchParams params) {
    BooleanQuery.Builder query =
        new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
    if (municipality != null) {
      query.add(new TermQuery(new Term(ItemFields.MUNICIPALITY, municipality)), Occur.FILTER);
    }
    if (originId != null) {
      query.add(new TermQuery(new Term(ItemFields.ORIGIN_ID, originId)), Occur.FILTER);
    }
    if (params.from() != null || params.to() != null) {
      long from = params.from() == null ? Long.MIN_VALUE : params.from().toEpochMilli();
      long to = params.to() == null ? Long.MAX_VALUE : params.to().toEpochMilli();
      query.add(LongPoint.newRangeQuery(ItemFields.CREATED_AT, from, to), Occur.FILTER);
    }
    return query.build();
  }

  private static String instant(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
