package org.govopen.interaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.TrackingCredentials;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.time.GovClock;
import org.govopen.interaction.api.KnowledgeViews;
import org.govopen.interaction.api.MessageSummaryView;
import org.govopen.interaction.api.MessageView;
import org.govopen.interaction.api.PublishedMessageView;
import org.govopen.interaction.api.TrackingView;
import org.govopen.interaction.api.TransitionView;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.MessageAction;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.domain.MessageChannel;
import org.govopen.interaction.domain.MessageState;
import org.govopen.interaction.domain.MessageStateMachine;
import org.govopen.interaction.domain.MessageTransition;

/** Reads: staff lists and pages, the desk's suggestions, the writer's page, the public list of published messages. */
@ApplicationScoped
public class MessageQueries {

    private static final Map<String, String> ORDERS = Map.of(
            "receivedAt", "receivedAt", "-receivedAt", "receivedAt desc",
            "replyDueAt", "replyDueAt", "-replyDueAt", "replyDueAt desc");

    @Inject
    MessageLookup lookup;

    @Inject
    CurrentUser user;

    @Inject
    TrackingCredentials credentials;

    @Inject
    KnowledgeBase knowledge;

    @Inject
    DispatchCatalogue catalogue;

    @Inject
    GovClock clock;

    /** Messages of my unit and below (as the desk or as lead unit), newest first. */
    public Page<MessageSummaryView> list(String unit, MessageState state, MessageCategory category, MessageChannel channel,
                                         Boolean overdue, PageRequest paging) {
        String scope = unit == null ? user.requireUnit() : unit;
        user.requireCovers(scope);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("(").append(UnitScope.condition("officeUnit", scope, params))
                .append(" or ").append(UnitScope.condition("leadUnit", scope, params))
                .append(")");
        if (state != null) {
            where.append(" and state = :state");
            params.put("state", state);
        }
        if (category != null) {
            where.append(" and category = :category");
            params.put("category", category);
        }
        if (channel != null) {
            where.append(" and channel = :channel");
            params.put("channel", channel);
        }
        if (overdue != null) {
            where.append(overdue ? " and replyDueAt <= :now" : " and (replyDueAt is null or replyDueAt > :now)");
            params.put("now", clock.now());
        }
        String order = paging.orderBy(ORDERS, "-receivedAt");
        var q = Message.<Message>find(where + " order by " + order + ", id", params);
        return paging.page(q.page(paging.page, paging.size).list().stream().map(MessageSummaryView::of).toList(), q.count());
    }

    public MessageView get(UUID id) {
        return view(lookup.forRead(id));
    }

    public MessageView view(Message m) {
        List<String> merged = Message.<Message>list("mergedInto = ?1 order by receivedAt", m.id).stream().map(x -> x.number).toList();
        List<TransitionView> history = history(m, true);
        List<MessageAction> allowed = MessageStateMachine.allowed(m.state);
        return MessageView.of(m, merged, history, allowed);
    }

    public MessageView byHotlineTicket(String number) {
        return view(hotlineTicket(number));
    }

    /** The ticket of the hotline's number, for a caller who covers its desk. */
    public Message hotlineTicket(String number) {
        Message m = Message.<Message>find("hotlineTicket", number).firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("hotline ticket", number));
        user.requireCovers(m.officeUnit);
        return m;
    }

    /** What the desk is offered: the knowledge base's close match and the dispatch catalogue's line. */
    public KnowledgeViews.Suggestion suggestions(UUID id) {
        Message m = lookup.forRead(id);
        var matches = knowledge.matches(m);
        var close = matches.stream().filter(KnowledgeViews.FaqMatch::closeMatch).findFirst();
        var route = catalogue.propose(m);
        return new KnowledgeViews.Suggestion(close.isPresent(), close.map(KnowledgeViews.FaqMatch::answer).orElse(null),
                route.map(r -> r.leadUnit).orElse(null), route.map(r -> List.of(r.assistingUnits)).orElse(List.of()),
                route.map(r -> r.matter).orElse(null), m.hotlineSuggestion, matches);
    }

    /** The writer's page: 404 for an unknown code and for a wrong secret alike. */
    public TrackingView track(String code, String secret) {
        Message m = tracked(code, secret);
        Message shown = m;
        boolean canRate = MessageStateMachine.allows(m.state, MessageAction.RATE);
        return TrackingView.of(shown, canRate, history(m, false));
    }

    public Message tracked(String code, String secret) {
        Message m = code == null ? null : Message.<Message>find("trackingCode", code.trim().toUpperCase(java.util.Locale.ROOT))
                .firstResult();
        if (m == null || !credentials.matches(secret, m.trackingSecretHash)) {
            throw new ResourceNotFoundException("message", code);
        }
        return m;
    }

    /** 公开选登: published messages, latest first. */
    public Page<PublishedMessageView> published(MessageCategory category, PageRequest paging) {
        var q = category == null ? Message.<Message>find("published = true order by publishedAt desc, id")
                : Message.<Message>find("published = true and category = ?1 order by publishedAt desc, id", category);
        return paging.page(q.page(paging.page, paging.size).list().stream().map(PublishedMessageView::of).toList(), q.count());
    }

    public PublishedMessageView publishedOne(String number) {
        Message m = Message.<Message>find("number = ?1 and published = true", number).firstResult();
        if (m == null) {
            throw new ResourceNotFoundException("published message", number);
        }
        return PublishedMessageView.of(m);
    }

    private static List<TransitionView> history(Message m, boolean staff) {
        return MessageTransition.<MessageTransition>list("messageId = ?1 order by at, seq", m.id).stream()
                .map(t -> TransitionView.of(t, staff)).toList();
    }
}
