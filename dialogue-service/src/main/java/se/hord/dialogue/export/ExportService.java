package se.hord.dialogue.export;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hord.dialogue.common.KeyedText;
import se.hord.dialogue.contribution.Contribution;
import se.hord.dialogue.contribution.ContributionRepository;
import se.hord.dialogue.dialogue.CounterDefinition;
import se.hord.dialogue.dialogue.DialogueService;
import se.hord.dialogue.dialogue.DialogueStatement;
import se.hord.dialogue.dialogue.DialogueStatementRepository;
import se.hord.dialogue.dialogue.DialogueView;
import se.hord.dialogue.event.PopupEvent;
import se.hord.dialogue.event.PopupEventRepository;
import se.hord.dialogue.summary.Suppression;
import se.hord.dialogue.tally.Tally;
import se.hord.dialogue.tally.TallyRepository;
import se.hord.dialogue.vote.Choices;
import se.hord.dialogue.vote.Vote;
import se.hord.dialogue.vote.VoteRepository;
import se.hord.platform.security.Caller;

/**
 * A dialogue's data as tables for export: contributions, approved statements (never pending or
 * rejected ones), votes per approved statement (counts under 5 shown as "&lt;5") and tally totals
 * per event and counter.
 */
@Singleton
public class ExportService {
  /** The parts, in the order a workbook shows them. */
  static final List<String> PARTS = List.of("contributions", "statements", "votes", "tallies");

  private final DialogueService dialogues;
  private final ContributionRepository contributions;
  private final DialogueStatementRepository statements;
  private final VoteRepository votes;
  private final PopupEventRepository events;
  private final TallyRepository tallies;

  ExportService(
      DialogueService dialogues,
      ContributionRepository contributions,
      DialogueStatementRepository statements,
      VoteRepository votes,
      PopupEventRepository events,
      TallyRepository tallies) {
    this.dialogues = dialogues;
    this.contributions = contributions;
    this.statements = statements;
    this.votes = votes;
    this.events = events;
    this.tallies = tallies;
  }

  /** The dialogue the caller may export; 404 for another municipality's. */
  public DialogueView dialogue(long id, Caller caller) {
    return dialogues.visible(id, caller);
  }

  /** The requested parts of the dialogue, read in one transaction so they agree. */
  @Transactional(readOnly = true)
  public List<ExportTable> tables(DialogueView dialogue, List<String> parts) {
    List<PopupEvent> eventList = events.findByDialogueIdOrderByStartsAt(dialogue.id());
    Map<Long, String> eventNames = new HashMap<>();
    eventList.forEach(e -> eventNames.put(e.id(), e.name()));
    List<DialogueStatement> approved =
        statements.findByDialogueIdAndStatusOrderByPosition(
            dialogue.id(), DialogueStatement.APPROVED);
    List<ExportTable> tables = new ArrayList<>();
    for (String part : parts) {
      tables.add(
          switch (part) {
            case "contributions" -> contributions(dialogue, eventNames);
            case "statements" -> statements(approved, eventNames);
            case "votes" -> votes(dialogue, approved);
            default -> tallies(dialogue, eventList);
          });
    }
    return tables;
  }

  private ExportTable contributions(DialogueView dialogue, Map<Long, String> eventNames) {
    List<List<Object>> rows = new ArrayList<>();
    for (Contribution c : contributions.findByDialogue(dialogue.id())) {
      if (!c.consent()) {
        continue; // without consent a contribution never leaves the service (README)
      }
      String prompt = dialogue.prompt(c.promptKey()).map(KeyedText::text).orElse(c.promptKey());
      rows.add(
          cells(
              c.promptKey(),
              prompt,
              c.text(),
              c.ageBand(),
              c.gender(),
              c.area(),
              c.createdOn(),
              eventNames.get(c.eventId()),
              c.consent() ? "ja (yes)" : "nej (no)"));
    }
    return new ExportTable(
        "contributions",
        "Bidrag",
        List.of(
            "prompt",
            "promptText",
            "text",
            "ageBand",
            "gender",
            "area",
            "date",
            "event",
            "consent"),
        rows);
  }

  private static ExportTable statements(
      List<DialogueStatement> approved, Map<Long, String> eventNames) {
    List<List<Object>> rows = new ArrayList<>();
    for (DialogueStatement s : approved) {
      rows.add(
          cells(
              s.statementKey(),
              s.text(),
              s.origin(),
              s.eventId() == null ? null : eventNames.get(s.eventId()),
              s.createdOn()));
    }
    return new ExportTable(
        "statements", "Påståenden", List.of("key", "text", "origin", "event", "date"), rows);
  }

  private ExportTable votes(DialogueView dialogue, List<DialogueStatement> approved) {
    Map<Long, long[]> counts = new HashMap<>();
    for (Vote v : votes.findApprovedByDialogue(dialogue.id())) {
      long[] c = counts.computeIfAbsent(v.statementId(), id -> new long[3]);
      c[v.choice() == Choices.AGREE ? 0 : v.choice() == Choices.DISAGREE ? 1 : 2]++;
    }
    List<List<Object>> rows = new ArrayList<>();
    for (DialogueStatement s : approved) {
      long[] c = counts.getOrDefault(s.id(), new long[3]);
      long voters = c[0] + c[1] + c[2];
      boolean[] hidden = Suppression.line(c[0], c[1], c[2], voters);
      rows.add(
          cells(
              s.statementKey(),
              s.text(),
              Suppression.show(voters, hidden[3]),
              Suppression.show(c[0], hidden[0]),
              Suppression.show(c[1], hidden[1]),
              Suppression.show(c[2], hidden[2])));
    }
    return new ExportTable(
        "votes",
        "Röster",
        List.of("statement", "text", "voters", "agree", "disagree", "pass"),
        rows);
  }

  private ExportTable tallies(DialogueView dialogue, List<PopupEvent> eventList) {
    Map<Long, Map<String, Long>> totals = new HashMap<>();
    for (Tally t : tallies.findByDialogue(dialogue.id())) {
      totals
          .computeIfAbsent(t.eventId(), e -> new HashMap<>())
          .merge(t.counterKey(), (long) t.delta(), Long::sum);
    }
    List<List<Object>> rows = new ArrayList<>();
    for (PopupEvent e : eventList) {
      for (CounterDefinition counter : dialogue.counters()) {
        long total = totals.getOrDefault(e.id(), Map.of()).getOrDefault(counter.key(), 0L);
        rows.add(cells(e.id(), e.name(), counter.key(), counter.label(), total));
      }
    }
    return new ExportTable(
        "tallies", "Räknare", List.of("eventId", "event", "counter", "label", "total"), rows);
  }

  private static List<Object> cells(Object... values) {
    List<Object> row = new ArrayList<>(values.length);
    for (Object v : values) {
      row.add(v);
    }
    return row;
  }
}
