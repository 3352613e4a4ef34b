package se.hord.analysis.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import se.hord.analysis.index.ItemFields;
import se.hord.platform.web.ProblemException;

/** Turns what an official typed into a Lucene query over the answers' text. */
final class TextQuery {
  static final String HINT =
      "Sökfrågan gick inte att förstå. Tips: sätt citattecken runt en fras (\"känner mig"
          + " trygg\"), * efter början av ett ord (skol*), - före ord som inte ska finnas (-buss)"
          + " och OR mellan alternativ (buss OR tåg). Stäng alla citattecken och parenteser."
          + " (The query could not be understood. Tips: quotes around a phrase, * after the start"
          + " of a word, - before words to leave out, OR between alternatives. Close every quote"
          + " and bracket.)";

  private TextQuery() {}

  /**
   * The query for this text: every word must match (AND) unless OR says otherwise; empty text
   * matches everything. A query of only exclusions ({@code -buss}) means "all except".
   */
  static Query parse(String text, Analyzer analyzer) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    QueryParser parser = new QueryParser(ItemFields.TEXT, analyzer);
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
