package se.hord.analysis.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.text.HordAnalyzer;
import se.hord.platform.web.ProblemException;

/**
 * Turns what an official typed (or a theme's query) into a Lucene query over the answers' text.
 * Each word matches the exact field or, weaker, the folded one: {@code skrap} finds {@code skräp},
 * but {@code skräp} written correctly ranks first.
 */
public final class TextQuery {
  static final String HINT =
      "Sökfrågan gick inte att förstå. Tips: sätt citattecken runt en fras (\"känner mig"
          + " trygg\"), * efter början av ett ord (skol*), - före ord som inte ska finnas (-buss)"
          + " och OR mellan alternativ (buss OR tåg). Stäng alla citattecken och parenteser."
          + " (The query could not be understood. Tips: quotes around a phrase, * after the start"
          + " of a word, - before words to leave out, OR between alternatives. Close every quote"
          + " and bracket.)";

  /** How much an exact match counts against a match only once å/ä/ö are folded. */
  static final Map<String, Float> BOOSTS =
      Map.of(ItemFields.TEXT, 2.0f, ItemFields.TEXT_FOLDED, 0.5f);

  private static final Analyzer ANALYZER = HordAnalyzer.forQueries(ItemFields.TEXT);

  private TextQuery() {}

  /** The analyzer queries are parsed and highlighted with. */
  public static Analyzer analyzer() {
    return ANALYZER;
  }

  /**
   * The query for this text: every word must match (AND) unless OR says otherwise; empty text
   * matches everything. A query of only exclusions ({@code -buss}) means "all except". A query that
   * cannot be parsed is a 400 with a hint.
   */
  public static Query parse(String text) {
    return parse(
        text,
        new MultiFieldQueryParser(
            new String[] {ItemFields.TEXT, ItemFields.TEXT_FOLDED}, ANALYZER, BOOSTS));
  }

  /**
   * The query for a theme: like {@link #parse} but over the exact field only, since folding merges
   * real words ({@code tåg}/{@code tag}, {@code får}/{@code far}) and a theme's count goes into
   * reports. A theme that wants a spelling without å/ä/ö names it ({@code skräp OR skrap}).
   */
  public static Query parseExact(String text) {
    return parse(text, new QueryParser(ItemFields.TEXT, ANALYZER));
  }

  private static Query parse(String text, QueryParser parser) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      Query query = parser.parse(text);
      if (query instanceof BooleanQuery bool
          && !bool.clauses().isEmpty()
          && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        bool.clauses().forEach(all::add);
        return all.build();
      }
      return query;
    } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
      throw ProblemException.badRequest(HINT);
    }
  }
}
