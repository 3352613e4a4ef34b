package se.hord.survey.sms.inbound;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.conversation.ConversationService;

/** Each inbound MessageSid once, processed and stored with its replies in one transaction. */
@Singleton
class InboundLog {
  private final InboundRepository inbound;
  private final ConversationService conversations;
  private final Contacts contacts;
  private final InboundWriter writer;
  private final JsonMapper json;

  InboundLog(
      InboundRepository inbound,
      ConversationService conversations,
      Contacts contacts,
      InboundWriter writer,
      JsonMapper json) {
    this.inbound = inbound;
    this.conversations = conversations;
    this.contacts = contacts;
    this.writer = writer;
    this.json = json;
  }

  @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
  List<String> process(String messageSid, String from, String body) {
    String phoneHash = contacts.hash(from);
    // First the phone's lock, before anything is read: a message from the same phone that
    // arrives at the same moment waits until this one has committed, then sees its changes.
    contacts.lock(phoneHash);
    List<String> replies = conversations.handle(from, body);
    // Recorded at the end of the batch; a parallel duplicate of this MessageSid fails there.
    writer.record(
        new InboundRow(messageSid, phoneHash, write(replies), LocalDate.now(ZoneOffset.UTC)));
    return replies;
  }

  @Transactional(readOnly = true)
  Optional<List<String>> stored(String messageSid) {
    return inbound.findById(messageSid).map(row -> read(row.reply()));
  }

  private List<String> read(String replies) {
    try {
      return json.readValue(replies, Argument.listOf(String.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(List<String> replies) {
    try {
      return json.writeValueAsString(replies);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
