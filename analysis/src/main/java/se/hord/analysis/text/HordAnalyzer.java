package se.hord.analysis.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Hörd's Swedish analysis chain, the same at index and query time: standard tokens, lower case, the
 * definite endings Snowball misses ({@link SwedishDefiniteFormFilter}), then the Swedish Snowball
 * stemmer. No stop words: {@code inte}, {@code ingen} and {@code aldrig} carry meaning in what
 * young people write. Why this chain, and what was measured, is in the module README.
 */
public final class HordAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(tokenizer);
    stream = new SwedishDefiniteFormFilter(stream);
    stream = new SnowballFilter(stream, new SwedishStemmer());
    return new TokenStreamComponents(tokenizer, stream);
  }

  /** Wildcard and prefix terms ({@code Skol*}) are lower-cased but not stemmed. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
