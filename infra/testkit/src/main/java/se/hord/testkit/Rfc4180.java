package se.hord.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads back what an export wrote, strictly as RFC 4180 says: quoted fields may hold commas,
 * doubled quotes and line breaks; every record ends with CRLF, and no bare line break stands
 * outside quotes. A file that breaks the rule fails the test.
 */
public final class Rfc4180 {
  private Rfc4180() {}

  /** The records of the text as lists of fields. */
  public static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertFalse(c == '\n' || c == '\r', "a bare line break outside quotes at " + i);
        field.append(c);
      }
    }
    assertTrue(row.isEmpty() && field.isEmpty(), "the file ends with CRLF");
    return rows;
  }
}
