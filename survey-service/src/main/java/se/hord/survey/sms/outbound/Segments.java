package se.hord.survey.sms.outbound;

/**
 * How many SMS a text takes. GSM-7 (which has å, ä, ö, é, ü) fits 160 characters in one SMS and 153
 * per part in a longer one, with {@code ^ { } [ ] ~ | € \} counting twice; any other character (an
 * emoji, ç, ł) makes the whole text UCS-2: 70, then 67 per part.
 */
public record Segments(String encoding, int units, int count) {
  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

  /** The encoding, its units (septets or UTF-16 code units) and the number of SMS for a text. */
  public static Segments of(String text) {
    int septets = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (GSM_BASIC.indexOf(c) >= 0) {
        septets++;
      } else if (GSM_EXTENDED.indexOf(c) >= 0) {
        septets += 2;
      } else {
        int units = text.length();
        return new Segments("UCS-2", units, units <= 70 ? 1 : ceil(units, 67));
      }
    }
    return new Segments("GSM-7", septets, septets <= 160 ? 1 : ceil(septets, 153));
  }

  private static int ceil(int units, int perPart) {
    return (units + perPart - 1) / perPart;
  }
}
