package se.hord.analysis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import se.hord.analysis.index.FacetedSearcher;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.theme.CodedTheme;

/** Reads the stored answers of one page of results and highlights the words that matched. */
final class Hits {
  private static final int MAX_TEXT = 100_000;

  private Hits() {}

  static List<SearchResult.Hit> read(
      FacetedSearcher searcher,
      Analyzer analyzer,
      Query text,
      TopDocs page,
      ThemeBits themeBits,
      List<CodedTheme> themes)
      throws IOException {
    if (page.scoreDocs.length == 0) {
      return List.of();
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withBreakIterator(WholeBreakIterator::new)
            .withMaxLength(MAX_TEXT)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
            .withMaskedFieldsFunc(
                field -> field.equals(ItemFields.TEXT) ? Set.of(ItemFields.TEXT_FOLDED) : Set.of())
            .build();
    String[] highlights = highlighter.highlight(ItemFields.TEXT, text, page, 1);
    List<List<String>> themed = ThemeMatcher.themesOf(searcher, themeBits, themes, page.scoreDocs);
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>(page.scoreDocs.length);
    for (int i = 0; i < page.scoreDocs.length; i++) {
      ScoreDoc scoreDoc = page.scoreDocs[i];
      Document doc = stored.document(scoreDoc.doc);
      String body = doc.get(ItemFields.TEXT);
      String highlight = highlights[i] == null ? escape(body) : highlights[i];
      hits.add(
          new SearchResult.Hit(
              doc.get(ItemFields.ID),
              body,
              highlight,
              themed.get(i),
              doc.get(ItemFields.SOURCE),
              doc.get(ItemFields.MUNICIPALITY),
              doc.get(ItemFields.ORIGIN_ID),
              doc.get(ItemFields.ORIGIN_TITLE),
              doc.get(ItemFields.QUESTION_KEY),
              doc.get(ItemFields.QUESTION_TEXT),
              doc.get(ItemFields.AGE_BAND),
              doc.get(ItemFields.GENDER),
              doc.get(ItemFields.AREA),
              doc.get(ItemFields.CHANNEL),
              SearchService.instant(
                  doc.getField(ItemFields.CREATED_AT).numericValue().longValue())));
    }
    return hits;
  }

  /** The same escaping the highlighter applies, for text with nothing to highlight. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        case '/' -> out.append("&#x2F;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
