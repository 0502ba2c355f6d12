package org.govopen.interaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;
import org.govopen.commons.privacy.PersonalDataMasker;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.UnitScope;
import org.govopen.interaction.api.ClusterView;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void count(Message m, int k) {
        var window = config.clusters().window();
        int threshold = config.clusters().threshold();
        OffsetDateTime since = ClusterRule.windowStart(m.receivedAt, window);
        // counted along the index (office, matter, received_at), never further than the threshold
        long inWindow = ((Number) em.createNativeQuery("select count(*) from (select 1 from message where office_unit = :office "
                        + "and matter_key = :matter and received_at > :since and received_at <= :at limit :threshold) w")
                .setParameter("office", m.officeUnit).setParameter("matter", m.matterKey).setParameter("since", since)
                .setParameter("at", m.receivedAt).setParameter("threshold", threshold).getSingleResult()).longValue();
        if (!ClusterRule.isCluster(inWindow, threshold)) {
            return;
        }
        // a cluster that continues takes the message in one statement (its row is locked only from here to the commit)
        if (counted(m, k, window)) {
            return;
        }
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('cluster:' || :office || ':' || :matter))")
                .setParameter("office", m.officeUnit).setParameter("matter", m.matterKey).getSingleResult();
        if (counted(m, k, window)) {
            return; // another message made the cluster while this one waited
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
        c.messageCount = ((Number) em.createNativeQuery("select count(*) from message where office_unit = :office "
                        + "and matter_key = :matter and received_at > :since and received_at <= :at")
                .setParameter("office", m.officeUnit).setParameter("matter", m.matterKey).setParameter("since", since)
                .setParameter("at", m.receivedAt).getSingleResult()).intValue();
        c.firstMessageAt = first[1] instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC)
                : (OffsetDateTime) first[1];
        c.lastMessageAt = m.receivedAt;
        c.announcedAt = m.receivedAt;
        c.persist();
        outbox.write(Topics.INTERACTION_EVENTS, ClusterDetected.TYPE, c.id.toString(), new ClusterDetected(c.id.toString(),
                c.officeUnit, c.place, c.title, c.messageCount, c.firstMessageAt, c.lastMessageAt));
    }

    /** Counts the message into the matter's cluster if one continues (its last message within the window). */
    private boolean counted(Message m, int k, java.time.Duration window) {
        return em.createNativeQuery("update message_cluster set message_count = message_count + :k, "
                        + "last_message_at = greatest(last_message_at, :at), version = version + 1 where id = ("
                        + "select id from message_cluster where office_unit = :office and matter_key = :matter "
                        + "order by last_message_at desc limit 1) and last_message_at >= :since")
                .setParameter("at", m.receivedAt).setParameter("office", m.officeUnit).setParameter("matter", m.matterKey)
                .setParameter("k", k).setParameter("since", ClusterRule.windowStart(m.receivedAt, window)).executeUpdate() > 0;
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
