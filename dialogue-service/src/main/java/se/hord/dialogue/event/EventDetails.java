package se.hord.dialogue.event;

import io.micronaut.serde.annotation.Serdeable;
import se.hord.dialogue.dialogue.DialogueView;

/** An event together with its dialogue: what an ambassador's app needs to start capturing. */
@Serdeable
public record EventDetails(EventView event, DialogueView dialogue) {}
