package org.govopen.console.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step in an alert group's history (处置记录): who did what, when, with what note. */
@Entity
@Table(name = "alert_action")
public class AlertAction {

    /** The steps a group's history records. */
    public enum Kind {
        ACKNOWLEDGED("认领"), ASSIGNED("指派"), RESOLVED("解除"), RESOLVED_BY_SERVICE("业务系统解除"),
        REOPENED("重新打开"), REMINDED("再次提醒"), ESCALATED("升级");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Id
    @SequenceGenerator(name = "alert_action_seq", sequenceName = "alert_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_action_seq")
    public Long id;

    @Column(name = "group_id", nullable = false)
    public UUID groupId;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind action;

    public String note;

    public static AlertAction of(UUID groupId, OffsetDateTime at, String actor, Kind action, String note) {
        AlertAction a = new AlertAction();
        a.groupId = groupId;
        a.at = at;
        a.actor = actor;
        a.action = action;
        a.note = note;
        return a;
    }
}
