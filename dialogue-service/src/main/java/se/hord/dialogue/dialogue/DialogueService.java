package se.hord.dialogue.dialogue;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.hord.dialogue.common.KeyedText;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;

/** Creates dialogues and shows each official the dialogues of their municipalities. */
@Singleton
public class DialogueService {
  private final DialogueRepository dialogues;
  private final DialoguePromptRepository prompts;
  private final DialogueStatementRepository statements;
  private final DialogueCounterRepository counters;
  private final Clock clock;

  DialogueService(
      DialogueRepository dialogues,
      DialoguePromptRepository prompts,
      DialogueStatementRepository statements,
      DialogueCounterRepository counters,
      Clock clock) {
    this.dialogues = dialogues;
    this.prompts = prompts;
    this.statements = statements;
    this.counters = counters;
    this.clock = clock;
  }

  /** Stores a new dialogue for an official of its municipality (or an admin). */
  @Transactional
  public DialogueView create(DialogueRequest request, Caller caller) {
    DialogueValidator.check(request);
    caller.requireOfficialOf(request.municipality());
    Dialogue dialogue =
        dialogues.save(
            new Dialogue(
                null,
                request.municipality(),
                request.title().strip(),
                request.description() == null ? "" : request.description().strip(),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
    List<KeyedText> promptList = request.prompts();
    for (int i = 0; i < promptList.size(); i++) {
      KeyedText p = promptList.get(i);
      prompts.save(new DialoguePrompt(null, dialogue.id(), i, p.key().strip(), p.text().strip()));
    }
    List<KeyedText> statementList = request.statements() == null ? List.of() : request.statements();
    for (int i = 0; i < statementList.size(); i++) {
      KeyedText s = statementList.get(i);
      statements.save(
          new DialogueStatement(
              null,
              dialogue.id(),
              i,
              s.key().strip(),
              s.text().strip(),
              DialogueStatement.APPROVED,
              DialogueStatement.OFFICIAL,
              null,
              null,
              true));
    }
    List<CounterDefinition> counterList =
        request.counters() == null ? DialogueCounters.DEFAULTS : request.counters();
    for (int i = 0; i < counterList.size(); i++) {
      CounterDefinition c = counterList.get(i);
      counters.save(
          new DialogueCounter(null, dialogue.id(), i, c.key().strip(), c.label().strip()));
    }
    return views(List.of(dialogue)).get(0);
  }

  /** The dialogues the caller may see: their municipalities', or all for an admin. */
  @Transactional(readOnly = true)
  public List<DialogueView> list(Caller caller) {
    if (caller.isAdmin()) {
      return views(dialogues.listOrderById());
    }
    if (caller.municipalities().isEmpty()) {
      return List.of();
    }
    return views(dialogues.findByMunicipalityInOrderById(caller.municipalities()));
  }

  /** A dialogue the caller works with; 404 also when it belongs to another municipality. */
  @Transactional(readOnly = true)
  public DialogueView visible(long id, Caller caller) {
    return find(id)
        .filter(d -> caller.worksFor(d.municipality()))
        .orElseThrow(DialogueService::notFound);
  }

  /** A dialogue by id, whoever asks: for other features that check access themselves. */
  @Transactional(readOnly = true)
  public Optional<DialogueView> find(long id) {
    return dialogues.findById(id).map(d -> views(List.of(d)).get(0));
  }

  /** The answer for a dialogue that does not exist or is another municipality's. */
  public static ProblemException notFound() {
    return ProblemException.notFound("Det finns ingen sådan dialog. (There is no such dialogue.)");
  }

  private List<DialogueView> views(List<Dialogue> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(Dialogue::id).toList();
    Map<Long, List<KeyedText>> promptsById =
        prompts.findByDialogueIdInOrderByPosition(ids).stream()
            .collect(
                Collectors.groupingBy(
                    DialoguePrompt::dialogueId,
                    LinkedHashMap::new,
                    Collectors.mapping(
                        p -> new KeyedText(p.promptKey(), p.text()), Collectors.toList())));
    Map<Long, List<KeyedText>> statementsById =
        statements
            .findByDialogueIdInAndStatusOrderByPosition(ids, DialogueStatement.APPROVED)
            .stream()
            .collect(
                Collectors.groupingBy(
                    DialogueStatement::dialogueId,
                    LinkedHashMap::new,
                    Collectors.mapping(
                        s -> new KeyedText(s.statementKey(), s.text()), Collectors.toList())));
    Map<Long, List<CounterDefinition>> countersById =
        counters.findByDialogueIdInOrderByPosition(ids).stream()
            .collect(
                Collectors.groupingBy(
                    DialogueCounter::dialogueId,
                    LinkedHashMap::new,
                    Collectors.mapping(
                        c -> new CounterDefinition(c.counterKey(), c.label()),
                        Collectors.toList())));
    List<DialogueView> views = new ArrayList<>(rows.size());
    for (Dialogue d : rows) {
      views.add(
          new DialogueView(
              d.id(),
              d.title(),
              d.municipality(),
              d.description(),
              promptsById.getOrDefault(d.id(), List.of()),
              statementsById.getOrDefault(d.id(), List.of()),
              countersById.getOrDefault(d.id(), List.of()),
              d.createdAt()));
    }
    return views;
  }
}
