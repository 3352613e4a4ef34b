package se.hord.analysis.report;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.search.SearchParams;
import se.hord.platform.feedback.FeedbackPeriod;
import se.hord.platform.security.Caller;

/**
 * Builds the barnbokslut: the theme report over the municipality's year (Swedish time), the people
 * per survey and dialogue, and the feedback both services report for that year.
 */
@Singleton
public class BarnbokslutService {
  private final ThemeReportService themes;
  private final AnswerIndex index;
  private final FeedbackClient feedback;

  BarnbokslutService(ThemeReportService themes, AnswerIndex index, FeedbackClient feedback) {
    this.themes = themes;
    this.index = index;
    this.feedback = feedback;
  }

  /** The barnbokslut of {@code municipality} for {@code year}; 400 for bad ones, 403 for others. */
  public Barnbokslut report(String municipality, String year, Caller caller) {
    FeedbackPeriod period = FeedbackPeriod.of(municipality, year);
    caller.requireOfficialOf(period.municipality());
    SearchParams params =
        new SearchParams(
            "",
            Map.of(ItemFields.MUNICIPALITY, period.municipality()),
            List.of(),
            period.from(),
            period.to().minusMillis(1),
            1,
            1,
            SearchParams.NEWEST);
    ThemeReport report = themes.report(params, caller);
    Barnbokslut.Origins origins = index.search(searcher -> origins(searcher, period));
    return new Barnbokslut(
        period.municipality(), period.year(), report, origins, feedback.fetch(period));
  }

  private static Barnbokslut.Origins origins(IndexSearcher searcher, FeedbackPeriod period)
      throws IOException {
    Query year =
        new BooleanQuery.Builder()
            .add(
                new TermQuery(new Term(ItemFields.MUNICIPALITY, period.municipality())),
                Occur.FILTER)
            .add(
                LongPoint.newRangeQuery(
                    ItemFields.CREATED_AT,
                    period.from().toEpochMilli(),
                    period.to().toEpochMilli() - 1),
                Occur.FILTER)
            .build();
    FixedBitSet docs = ReportRows.docs(searcher, year);
    List<ReportRows.Row> people =
        ThemeReportService.firstAnswerOfEachPerson(ReportRows.read(searcher, docs), docs);
    Map<String, Long> counts = new TreeMap<>();
    Map<String, Document> first = new HashMap<>();
    Set<String> fields = Set.of(ItemFields.ORIGIN_ID, ItemFields.ORIGIN_TITLE, ItemFields.SOURCE);
    for (ReportRows.Row person : people) {
      Document doc = searcher.storedFields().document(person.doc(), fields);
      String origin = doc.get(ItemFields.ORIGIN_ID) == null ? "" : doc.get(ItemFields.ORIGIN_ID);
      counts.merge(origin, 1L, Long::sum);
      first.putIfAbsent(origin, doc);
    }
    Breakdown protectedCounts = Suppression.protect(people.size(), counts);
    List<Barnbokslut.Origin> items = new ArrayList<>();
    for (Breakdown.Cell cell : protectedCounts.cells()) {
      Document doc = first.get(cell.key());
      String source = doc.get(ItemFields.SOURCE);
      items.add(
          new Barnbokslut.Origin(
              source == null ? ReportRows.UNKNOWN : source,
              cell.key(),
              doc.get(ItemFields.ORIGIN_TITLE),
              cell.count()));
    }
    return new Barnbokslut.Origins(protectedCounts.withheld(), List.copyOf(items));
  }
}
