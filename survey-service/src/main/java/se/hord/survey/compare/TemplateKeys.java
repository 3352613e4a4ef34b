package se.hord.survey.compare;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import se.hord.survey.definition.Option;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.SurveyDefinition;

/**
 * A survey's template key: the fingerprint of its questions' structure (each question's key, type,
 * likert scale and option keys, in order). Surveys made from the same definition or the same
 * XLSForm get the same key in every municipality without anyone having to remember to set it, and
 * rewording or translating a text keeps it; adding, removing or re-keying a question makes a new
 * template, since such surveys cannot be compared question by question.
 */
public final class TemplateKeys {
  private TemplateKeys() {}

  /** The template key: 16 hex digits of SHA-256 over the structure. */
  public static String of(SurveyDefinition definition) {
    StringBuilder structure = new StringBuilder();
    for (Question q : definition.questionList()) {
      structure.append(q.key()).append('|').append(q.type()).append('|').append(q.scale());
      for (Option o : q.optionList()) {
        structure.append('|').append(o.key());
      }
      structure.append('\n');
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(structure.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
