package se.hord.analysis.text;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Hörd's Swedish analysis chain: standard tokens, lower case, at index time the parts of compounds
 * ({@link CompoundSplitFilter}), the definite endings Snowball misses ({@link
 * SwedishDefiniteFormFilter}), the Swedish Snowball stemmer and, for the folded field, å/ä/ö (and
 * other accents) folded to a/a/o. No stop words: {@code inte}, {@code ingen} and {@code aldrig}
 * carry meaning in what young people write. Why this chain, and what was measured, is in the module
 * README.
 */
public final class HordAnalyzer extends Analyzer {
  /** The field the folded (å/ä/ö → a/a/o) copy of the text is indexed in. */
  public static final String FOLDED_SUFFIX = "_folded";

  private final CompoundParts compounds;
  private final boolean fold;

  /** The query-time chain of the exact field: no compound splitting, no folding. */
  public HordAnalyzer() {
    this(null, false);
  }

  /**
   * A chain that splits compounds with these parts (null: not at all) and folds diacritics or not.
   */
  public HordAnalyzer(CompoundParts compounds, boolean fold) {
    this.compounds = compounds;
    this.fold = fold;
  }

  /** Index time: compounds split, the folded field folded. */
  public static Analyzer forIndexing(String textField) {
    return perField(textField, CompoundParts.standard());
  }

  /** Query time: nothing split, the folded field folded. */
  public static Analyzer forQueries(String textField) {
    return perField(textField, null);
  }

  /** Index time without compound splitting, to measure what splitting costs. */
  public static Analyzer forIndexingWithoutCompounds(String textField) {
    return perField(textField, null);
  }

  private static Analyzer perField(String textField, CompoundParts compounds) {
    return new PerFieldAnalyzerWrapper(
        new HordAnalyzer(compounds, false),
        Map.of(textField + FOLDED_SUFFIX, new HordAnalyzer(compounds, true)));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(tokenizer);
    if (compounds != null) {
      stream = new CompoundSplitFilter(stream, compounds);
    }
    stream = new SwedishDefiniteFormFilter(stream);
    stream = new SnowballFilter(stream, new SwedishStemmer());
    if (fold) {
      stream = new ASCIIFoldingFilter(stream);
    }
    return new TokenStreamComponents(tokenizer, stream);
  }

  /** Wildcard and prefix terms ({@code Skol*}) are lower-cased (and folded) but not stemmed. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream stream = new LowerCaseFilter(in);
    return fold ? new ASCIIFoldingFilter(stream) : stream;
  }
}
