package org.govopen.interaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.time.GovClock;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.MessageAction;
import org.govopen.interaction.domain.PublicationRule;

/**
 * 公开选登: the office chooses a replied message for the public list ({@link PublicationRule}: only with the
 * writer's consent and with 留言时间, 答复时间, 答复单位 and 答复内容); masked as {@code PublishedMessageView} shows it.
 */
@ApplicationScoped
public class Publication {

    @Inject
    MessageLookup lookup;

    @Inject
    MessageTransitions transitions;

    @Inject
    CurrentUser user;

    @Inject
    GovClock clock;

    @Transactional
    public Message publish(UUID id) {
        Message m = lookup.forUpdate(id);
        user.requireCovers(m.officeUnit);
        List<String> missing = PublicationRule.missing(m.consentToPublish, m.receivedAt, m.repliedAt, m.replyUnitName, m.reply);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing.stream().map(f -> new Violation(f, switch (f) {
                case "consentToPublish" -> "留言人未同意公开，不能选登";
                case "writtenAt" -> "缺少留言时间";
                case "repliedAt" -> "缺少答复时间";
                case "replyingUnit" -> "缺少答复单位";
                default -> "缺少答复内容";
            })).toList());
        }
        transitions.check(m, MessageAction.PUBLISH);
        if (m.published) {
            return m;
        }
        m.published = true;
        m.publishedAt = clock.now();
        transitions.apply(m, MessageAction.PUBLISH, user.name(), null, null);
        return m;
    }

    @Transactional
    public Message unpublish(UUID id, String reason) {
        Message m = lookup.forUpdate(id);
        user.requireCovers(m.officeUnit);
        transitions.check(m, MessageAction.UNPUBLISH);
        if (!m.published) {
            return m;
        }
        m.published = false;
        m.publishedAt = null;
        transitions.apply(m, MessageAction.UNPUBLISH, user.name(), null, reason);
        return m;
    }
}
