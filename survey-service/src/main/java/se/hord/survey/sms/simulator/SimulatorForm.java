package se.hord.survey.sms.simulator;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the simulator's form posts: the phone number played, the text, the CSRF session and token,
 * and the conversation so far (hidden fields, so the page needs no session or JavaScript).
 *
 * @param history earlier lines, each {@link #SENT} or {@link #RECEIVED} and the text
 * @param shownPhone the number the history belongs to; another number starts a new history
 */
record SimulatorForm(
    String phone,
    String message,
    @Nullable String session,
    @Nullable String token,
    List<String> history,
    String shownPhone) {
  static final String SENT = ">";
  static final String RECEIVED = "<";
  static final int MAX_PHONE = 32;
  static final int MAX_MESSAGE = 1600;
  static final int MAX_HISTORY = 60;
  static final String FORBIDDEN =
      "Formuläret kunde inte tas emot. Ladda om sidan och försök igen."
          + " (The form could not be accepted. Reload the page and try again.)";

  /** A fresh page, for this number if one is given. */
  static SimulatorForm start(@Nullable String phone) {
    String number = phone == null ? "" : phone.strip();
    return new SimulatorForm(number, "", null, null, List.of(), number);
  }

  /** The posted form fields. */
  static SimulatorForm of(Map<String, Object> body) {
    String phone = text(body, "phone").strip();
    String shown = text(body, "shownPhone").strip();
    List<String> history =
        phone.equals(shown)
            ? texts(body.get("history")).stream()
                .filter(line -> line.startsWith(SENT) || line.startsWith(RECEIVED))
                .toList()
            : List.of();
    return new SimulatorForm(
        phone, text(body, "message"), text(body, "session"), text(body, "token"), history, shown);
  }

  /** What is wrong with the form (Swedish, then English), or null. */
  @Nullable
  String problem() {
    if (phone.isBlank()) {
      return "Skriv ett telefonnummer, vilket som helst. (Type a phone number, any one.)";
    }
    if (phone.length() > MAX_PHONE) {
      return "Numret är för långt, högst "
          + MAX_PHONE
          + " tecken. (The number is too long, at most "
          + MAX_PHONE
          + " characters.)";
    }
    if (message.isBlank()) {
      return "Skriv ett sms att skicka. (Type a text to send.)";
    }
    if (message.length() > MAX_MESSAGE) {
      return "Sms:et är för långt, högst "
          + MAX_MESSAGE
          + " tecken. (The text is too long, at most "
          + MAX_MESSAGE
          + " characters.)";
    }
    return null;
  }

  /** The form after a message was sent: the message joins the history, the text box empties. */
  SimulatorForm sent(List<String> replies) {
    List<String> lines = new ArrayList<>(history);
    lines.add(SENT + message);
    replies.forEach(reply -> lines.add(RECEIVED + reply));
    List<String> kept = lines.subList(Math.max(0, lines.size() - MAX_HISTORY), lines.size());
    return new SimulatorForm(phone, "", session, token, List.copyOf(kept), phone);
  }

  private static String text(Map<String, Object> body, String name) {
    List<String> values = texts(body.get(name));
    return values.isEmpty() ? "" : values.getFirst();
  }

  private static List<String> texts(@Nullable Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Iterable<?> many) {
      List<String> out = new ArrayList<>();
      many.forEach(v -> out.add(String.valueOf(v)));
      return out;
    }
    return List.of(String.valueOf(value));
  }
}
