package se.hord.analysis.text;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Rewrites the definite singular endings the Swedish Snowball stemmer leaves alone, so that {@code
 * skolan}/{@code skolans} reach the stem of {@code skola} and {@code huset}/{@code husets} that of
 * {@code hus}. Runs just before {@code SnowballFilter(SwedishStemmer)}: {@code -an(s)} becomes
 * {@code -a} (which Snowball then strips), {@code -et(s)} is removed (but never {@code -het}, which
 * Snowball handles itself). Short words are left alone so that {@code man}, {@code kan}, {@code
 * det} keep their form.
 */
public final class SwedishDefiniteFormFilter extends TokenFilter {
  /**
   * Common words (and the ends of compounds) whose {@code -an}, {@code -ans} or {@code -et} belongs
   * to the word itself: {@code fotbollsplan}, {@code ambulans}, {@code internet}.
   */
  private static final List<String> NOT_DEFINITE =
      List.of(
          "plan",
          "sedan",
          "organ",
          "ocean",
          "balans",
          "distans",
          "finans",
          "instans",
          "nyans",
          "chans",
          "romans",
          "allians",
          "substans",
          "elegans",
          "ambulans",
          "tolerans",
          "relevans",
          "internet",
          "paket",
          "budget",
          "raket",
          "planet",
          "magnet",
          "alfabet",
          "staket",
          "komet");

  private static final int MIN_STEM = 3;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public SwedishDefiniteFormFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      term.setLength(stemLength(term.toString()));
    }
    return true;
  }

  /** The length the term keeps: the {@code -a} of {@code -an(s)} stays, {@code -et(s)} goes. */
  static int stemLength(String word) {
    String bare = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    if (bare.length() < MIN_STEM + 2
        || NOT_DEFINITE.stream().anyMatch(n -> word.endsWith(n) || bare.endsWith(n))) {
      return word.length();
    }
    if (bare.endsWith("an")) {
      return bare.length() - 1;
    }
    if (bare.endsWith("et") && !bare.endsWith("het")) {
      return bare.length() - 2;
    }
    return word.length();
  }
}
