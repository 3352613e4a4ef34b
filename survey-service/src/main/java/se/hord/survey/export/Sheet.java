package se.hord.survey.export;

import java.io.IOException;
import java.util.List;

/** A table being written row by row to an export file. */
interface Sheet {
  /** Writes one row of values (strings, numbers or null). */
  void row(List<?> values) throws IOException;

  /** Completes the file. */
  void finish() throws IOException;
}
