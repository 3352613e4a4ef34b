package se.hord.analysis.theme;

import java.util.List;

/** The themes as they are right now: what search filters, counts and labels answers by. */
public interface Codebook {
  /** A codebook without themes. */
  Codebook EMPTY = List::of;

  /** Every theme, ordered by key. */
  List<CodedTheme> themes();
}
