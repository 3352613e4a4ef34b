package se.hord.survey.sms.conversation;

import java.util.Map;
import java.util.Optional;
import se.hord.survey.definition.SmsKeywords;

/** The words that mean the same at any point of a conversation, in Swedish and English. */
final class Commands {
  /** What the young person asked for, and in which language to answer. */
  enum Kind {
    STOP,
    HELP,
    START
  }

  record Command(Kind kind, boolean english) {}

  private static final Map<String, Command> WORDS =
      Map.ofEntries(
          Map.entry("STOPP", new Command(Kind.STOP, false)),
          Map.entry("STOPPA", new Command(Kind.STOP, false)),
          Map.entry("STOP", new Command(Kind.STOP, true)),
          Map.entry("STOPALL", new Command(Kind.STOP, true)),
          Map.entry("UNSUBSCRIBE", new Command(Kind.STOP, true)),
          Map.entry("CANCEL", new Command(Kind.STOP, true)),
          Map.entry("QUIT", new Command(Kind.STOP, true)),
          Map.entry("HJALP", new Command(Kind.HELP, false)),
          Map.entry("INFO", new Command(Kind.HELP, false)),
          Map.entry("HELP", new Command(Kind.HELP, true)),
          Map.entry("START", new Command(Kind.START, false)),
          Map.entry("STARTA", new Command(Kind.START, false)),
          Map.entry("UNSTOP", new Command(Kind.START, true)));

  private Commands() {}

  /** The command this whole message is, if it is one ("hjälp!", " Stopp " and "STOP" are). */
  static Optional<Command> of(String message) {
    return Optional.ofNullable(WORDS.get(bare(message)));
  }

  /** The message in normal form without punctuation around it: " Ja! " is "JA". */
  static String bare(String message) {
    return SmsKeywords.normalize(message).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
  }

  static boolean isYes(String message) {
    return switch (bare(message)) {
      case "JA", "J", "YES", "Y", "JAA", "JAPP", "JAJA", "OK", "OKEJ" -> true;
      default -> false;
    };
  }

  static boolean isNo(String message) {
    return switch (bare(message)) {
      case "NEJ", "N", "NO", "NAJ", "NOPE", "NE" -> true;
      default -> false;
    };
  }

  static boolean isResume(String message) {
    return switch (bare(message)) {
      case "FORTSATT", "FORTSATTA", "F", "1", "CONTINUE", "RESUME", "GO ON" -> true;
      default -> false;
    };
  }

  static boolean isRestart(String message) {
    return switch (bare(message).replace(" ", "")) {
      case "BORJAOM", "OM", "B", "2", "RESTART", "STARTOVER", "OMSTART" -> true;
      default -> false;
    };
  }

  static boolean isSkip(String message) {
    return switch (bare(message).replace(" ", "")) {
      case "HOPPA", "HOPPAOVER", "SKIP", "PASS" -> true;
      default -> false;
    };
  }
}
