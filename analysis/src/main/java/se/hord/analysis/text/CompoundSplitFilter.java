package se.hord.analysis.text;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Keeps each word and adds the parts of a compound as extra tokens at the same position, so that
 * {@code mat} finds {@code skolmaten} while {@code skolmaten} still finds itself and phrases stay
 * exact. Used at index time only: splitting queries too was measured to cost precision.
 */
public final class CompoundSplitFilter extends TokenFilter {
  private final CompoundParts.Splitter splitter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private AttributeSource.State current;

  public CompoundSplitFilter(TokenStream input, CompoundParts parts) {
    super(input);
    this.splitter = parts.splitter();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    List<String> parts = splitter.split(term.toString());
    if (!parts.isEmpty()) {
      pending.addAll(parts);
      current = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
  }
}
