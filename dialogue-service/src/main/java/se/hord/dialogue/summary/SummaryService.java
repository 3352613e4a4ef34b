package se.hord.dialogue.summary;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import se.hord.dialogue.common.KeyedText;
import se.hord.dialogue.contribution.Contribution;
import se.hord.dialogue.contribution.ContributionRepository;
import se.hord.dialogue.dialogue.DialogueService;
import se.hord.dialogue.dialogue.DialogueStatement;
import se.hord.dialogue.dialogue.DialogueStatementRepository;
import se.hord.dialogue.dialogue.DialogueView;
import se.hord.dialogue.event.PopupEventRepository;
import se.hord.dialogue.summary.DialogueSummary.Participants;
import se.hord.dialogue.summary.DialogueSummary.PromptCount;
import se.hord.dialogue.tally.TallyRepository;
import se.hord.dialogue.vote.VoteRepository;
import se.hord.platform.security.Caller;

/** Puts a dialogue's summary together from its approved statements, votes and captures. */
@Singleton
public class SummaryService {
  private final DialogueService dialogues;
  private final DialogueStatementRepository statements;
  private final VoteRepository votes;
  private final ContributionRepository contributions;
  private final PopupEventRepository events;
  private final TallyRepository tallies;

  SummaryService(
      DialogueService dialogues,
      DialogueStatementRepository statements,
      VoteRepository votes,
      ContributionRepository contributions,
      PopupEventRepository events,
      TallyRepository tallies) {
    this.dialogues = dialogues;
    this.statements = statements;
    this.votes = votes;
    this.contributions = contributions;
    this.events = events;
    this.tallies = tallies;
  }

  /** The summary of a dialogue the caller works with; 404 for another municipality's. */
  @Transactional(readOnly = true)
  public DialogueSummary summary(long dialogueId, Caller caller) {
    DialogueView dialogue = dialogues.visible(dialogueId, caller);
    List<DialogueStatement> approved =
        statements.findByDialogueIdAndStatusOrderByPosition(
            dialogue.id(), DialogueStatement.APPROVED);
    VoteTable table = new VoteTable(votes.findApprovedByDialogue(dialogue.id()), approved);
    List<Contribution> captured = contributions.findByDialogue(dialogue.id());
    OpinionGroups.Result groups =
        OpinionGroups.find(
            approved.stream().map(DialogueStatement::statementKey).toList(), table.byParticipant);
    StatementResults results = new StatementResults(approved, table, groups);

    long voters = table.byParticipant.size();
    boolean[] totalsHidden = {
      voters < Suppression.THRESHOLD, captured.size() < Suppression.THRESHOLD
    };
    return new DialogueSummary(
        dialogue.id(),
        dialogue.title(),
        new Participants(
            Suppression.show(voters, totalsHidden[0]),
            Suppression.show(captured.size(), totalsHidden[1])),
        perPrompt(dialogue, captured, totalsHidden[1]),
        results.results,
        results.consensus,
        results.divisive,
        results.groups,
        Breakdowns.of(captured, table, approved, totalsHidden),
        TallyTotals.of(
            dialogue.counters(),
            events.findByDialogueIdOrderByStartsAt(dialogue.id()),
            tallies.findByDialogue(dialogue.id())));
  }

  private static List<PromptCount> perPrompt(
      DialogueView dialogue, List<Contribution> captured, boolean totalHidden) {
    List<KeyedText> prompts = dialogue.prompts();
    long[] counts = new long[prompts.size()];
    for (Contribution c : captured) {
      for (int i = 0; i < prompts.size(); i++) {
        if (prompts.get(i).key().equals(c.promptKey())) {
          counts[i]++;
        }
      }
    }
    boolean[] hidden = Suppression.parts(counts, captured.size(), totalHidden);
    List<PromptCount> rows = new ArrayList<>();
    for (int i = 0; i < prompts.size(); i++) {
      rows.add(
          new PromptCount(
              prompts.get(i).key(), prompts.get(i).text(), Suppression.show(counts[i], hidden[i])));
    }
    return rows;
  }
}
