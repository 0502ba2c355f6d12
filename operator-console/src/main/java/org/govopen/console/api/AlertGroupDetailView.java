package org.govopen.console.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.console.domain.Alert;
import org.govopen.console.domain.AlertAction;

/** An alert group with its alerts and its history (处置记录). */
@Schema(name = "AlertGroupDetail")
public record AlertGroupDetailView(AlertGroupView group, List<AlertView> alerts, List<ActionView> history) {

    /** One alert of the group, as its service raised it. */
    @Schema(name = "Alert")
    public record AlertView(String alertId, @Schema(examples = "govopen.alert.deadline.breach") String eventType,
                            @Schema(examples = "reply") String kind, @Schema(examples = "breach") String stage,
                            Alert.Level level, String message, OffsetDateTime dueAt, OffsetDateTime firedAt,
                            OffsetDateTime receivedAt, boolean resolved, int duplicates) {

        public static AlertView of(Alert a) {
            return new AlertView(a.alertId, a.eventType, a.kind, a.stage, a.level, a.message, a.dueAt, a.firedAt,
                    a.receivedAt, a.resolved, a.duplicates);
        }
    }

    /** One step of the group's history. */
    @Schema(name = "AlertGroupAction")
    public record ActionView(OffsetDateTime at, @Schema(examples = "user-operator") String actor, AlertAction.Kind action,
                             @Schema(examples = "认领") String actionLabel, String note) {

        public static ActionView of(AlertAction a) {
            return new ActionView(a.at, a.actor, a.action, a.action.label, a.note);
        }
    }
}
