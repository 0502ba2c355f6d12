package org.govopen.interaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;
import org.govopen.commons.privacy.PersonalDataMasker;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.UnitScope;
import org.govopen.interaction.domain.ClusterRule;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.MessageCluster;
import org.govopen.interaction.messaging.ClusterDetected;

/**
 * Clusters (issue 10 §8, {@link ClusterRule}): each message received is counted with the others on its matter at
 * its desk within the window; the message that reaches the threshold makes a cluster, announced once on
 * {@code govopen.interaction.events} for the opinion desk. Later messages on the matter, within the window of the
 * cluster's last one, are counted into it without a second announcement. Deciding is serialised per desk and matter
 * (an advisory lock), only once the threshold is reached, so two concurrent messages cannot announce twice.
 */
@ApplicationScoped
public class Clusters {

    @Inject
    EntityManager em;

    @Inject
    InteractionConfig config;

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser user;

    public record ClusterView(UUID id, String officeUnit, String title, String place, int messageCount,
                              OffsetDateTime firstMessageAt, OffsetDateTime lastMessageAt, OffsetDateTime announcedAt) {
        static ClusterView of(MessageCluster c) {
            return new ClusterView(c.id, c.officeUnit, c.title, c.place, c.messageCount, c.firstMessageAt, c.lastMessageAt,
                    c.announcedAt);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void count(Message m) {
        var window = config.clusters().window();
        OffsetDateTime since = ClusterRule.windowStart(m.receivedAt, window);
        long inWindow = ((Number) em.createNativeQuery("select count(*) from message where office_unit = :office "
                        + "and matter_key = :matter and received_at > :since and received_at <= :at")
                .setParameter("office", m.officeUnit).setParameter("matter", m.matterKey).setParameter("since", since)
                .setParameter("at", m.receivedAt).getSingleResult()).longValue();
        if (!ClusterRule.isCluster(inWindow, config.clusters().threshold())) {
            return;
        }
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('cluster:' || :office || ':' || :matter))")
                .setParameter("office", m.officeUnit).setParameter("matter", m.matterKey).getSingleResult();
        Optional<MessageCluster> open = MessageCluster.<MessageCluster>find(
                        "officeUnit = ?1 and matterKey = ?2 order by lastMessageAt desc", m.officeUnit, m.matterKey)
                .firstResultOptional().filter(c -> ClusterRule.continues(c.lastMessageAt, m.receivedAt, window));
        if (open.isPresent()) {
            MessageCluster c = open.get();
            c.messageCount++;
            if (m.receivedAt.isAfter(c.lastMessageAt)) {
                c.lastMessageAt = m.receivedAt;
            }
            return;
        }
        MessageCluster c = new MessageCluster();
        c.id = UUID.randomUUID();
        c.officeUnit = m.officeUnit;
        c.matterKey = m.matterKey;
        Object[] first = (Object[]) em.createNativeQuery("select subject, received_at from message where office_unit = :office "
                        + "and matter_key = :matter and received_at > :since order by received_at, number limit 1")
                .setParameter("office", m.officeUnit).setParameter("matter", m.matterKey).setParameter("since", since)
                .getSingleResult();
        c.title = PersonalDataMasker.maskText((String) first[0]);
        c.place = m.addressedUnit;
        c.messageCount = (int) inWindow;
        c.firstMessageAt = first[1] instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC)
                : (OffsetDateTime) first[1];
        c.lastMessageAt = m.receivedAt;
        c.announcedAt = m.receivedAt;
        c.persist();
        outbox.write(Topics.INTERACTION_EVENTS, ClusterDetected.TYPE, c.id.toString(), new ClusterDetected(c.id.toString(),
                c.officeUnit, c.place, c.title, c.messageCount, c.firstMessageAt, c.lastMessageAt));
    }

    public Page<ClusterView> list(String unit, PageRequest paging) {
        String scope = unit == null ? user.requireUnit() : unit;
        user.requireCovers(scope);
        Map<String, Object> params = new HashMap<>();
        var q = MessageCluster.<MessageCluster>find(UnitScope.condition("officeUnit", scope, params)
                + " order by lastMessageAt desc, id", params);
        return paging.page(q.page(paging.page, paging.size).list().stream().map(ClusterView::of).toList(), q.count());
    }
}
