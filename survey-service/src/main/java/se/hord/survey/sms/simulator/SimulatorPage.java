package se.hord.survey.sms.simulator;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.outbound.Outbox;
import se.hord.survey.sms.outbound.OutboxRow;

/** The simulator page's model: the conversation so far and the messages sent to the number. */
@Singleton
class SimulatorPage {
  static final int OUTBOUND_SHOWN = 20;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private final Contacts contacts;
  private final Outbox outbox;

  SimulatorPage(Contacts contacts, Outbox outbox) {
    this.contacts = contacts;
    this.outbox = outbox;
  }

  /** One line of the conversation: from the phone ({@code mine}) or from the service. */
  record Line(boolean mine, String text) {}

  /** A message the outbox holds for this number (simulated while Twilio is not configured). */
  record Outgoing(String when, String body, String status, String purpose) {}

  Map<String, Object> model(SimulatorForm shown, @Nullable String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", "SMS-simulator");
    model.put("form", shown);
    model.put("error", error);
    model.put(
        "lines",
        shown.history().stream()
            .map(h -> new Line(h.startsWith(SimulatorForm.SENT), h.substring(1)))
            .toList());
    model.put("outgoing", outgoing(shown.phone()));
    return model;
  }

  private List<Outgoing> outgoing(String phone) {
    if (phone.isBlank() || phone.length() > SimulatorForm.MAX_PHONE) {
      return List.of();
    }
    return outbox.newestTo(contacts.hash(phone), OUTBOUND_SHOWN).stream()
        .map(SimulatorPage::outgoing)
        .toList();
  }

  private static Outgoing outgoing(OutboxRow row) {
    return new Outgoing(WHEN.format(row.createdAt()), row.body(), row.status(), row.purpose());
  }
}
