package org.govopen.interaction.api;

import java.time.OffsetDateTime;
import org.govopen.interaction.domain.MessageAction;
import org.govopen.interaction.domain.MessageState;
import org.govopen.interaction.domain.MessageTransition;

/** One step of a message's history. Staff see who and the staff note; the writer sees neither. */
public record TransitionView(MessageAction action, String label, MessageState fromState, MessageState toState,
                             OffsetDateTime at, String actor, String note, String staffNote) {

    public static TransitionView of(MessageTransition t, boolean staff) {
        return new TransitionView(t.action, t.action.label(), t.fromState, t.toState, t.at, staff ? t.actor : null, t.note,
                staff ? t.staffNote : null);
    }
}
