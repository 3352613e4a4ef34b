package se.hord.dialogue;

import se.hord.platform.app.HordApplication;

/** Starts dialogue-service. */
public final class DialogueApplication {
  private DialogueApplication() {}

  public static void main(String[] args) {
    HordApplication.run(DialogueApplication.class, args);
  }
}
