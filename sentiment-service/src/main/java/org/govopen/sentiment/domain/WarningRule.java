package org.govopen.sentiment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An early-warning rule (预警规则) of a unit, applied to the signals of that unit and below: keywords, a reach
 * threshold, a rise in reach within a time, kinds of opinion — every condition given must hold
 * ({@link EarlyWarningRule}).
 */
@Entity
@Table(name = "warning_rule")
public class WarningRule extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public String name;

    /** Any of these phrases, matched as the catalogue's search matches (every bigram of the phrase present). */
    @Column(nullable = false)
    public String[] keywords;

    @Column(name = "reach_at_least")
    public Long reachAtLeast;

    @Column(name = "rise_at_least")
    public Long riseAtLeast;

    @Column(name = "rise_within_s")
    public Long riseWithinSeconds;

    /** Any of these kinds (empty: any kind). */
    @Column(nullable = false)
    public String[] kinds;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;
}
