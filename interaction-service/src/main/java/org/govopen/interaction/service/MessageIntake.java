package org.govopen.interaction.service;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.security.TrackingCredentials;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.time.GovClock;
import org.govopen.interaction.api.DueView;
import org.govopen.interaction.domain.MatterRule;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.MessageAction;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.domain.MessageChannel;

/**
 * 受理: a website message, a civic app's request (Open311) or a 12345 ticket becomes a message with its number,
 * tracking code and secret, and its reply period running from the receipt — for a ticket, from the hotline's
 * transfer. A hotline ticket number already known is the same ticket: nothing new is stored, whichever way it came
 * (REST, the topic, twice).
 */
@ApplicationScoped
public class MessageIntake {

    /** What comes in, read by the edge (REST form, topic event, Open311 form). */
    public record Incoming(MessageChannel channel, String hotlineTicket, OffsetDateTime transferredAt,
                           MessageCategory category, String subject, String text, String addressedUnit, String officeUnit,
                           String suggestion, String writerName, String writerPhone, String writerEmail,
                           String writerAddress, boolean consentToPublish) {
    }

    /** The message, the secret (only when new), and whether it was a repeat of a known hotline ticket. */
    public record Received(Message message, String trackingSecret, boolean repeat, DueView replyDue) {
    }

    @Inject
    EntityManager em;

    @Inject
    GovClock clock;

    @Inject
    MessageNumbers numbers;

    @Inject
    TrackingCredentials credentials;

    @Inject
    Deadlines deadlines;

    @Inject
    ReplyClock replyClock;

    @Inject
    MessageTransitions transitions;

    @Inject
    DispatchCatalogue catalogue;

    @Inject
    Clusters clusters;

    @Inject
    InteractionConfig config;

    @Transactional
    public Received receive(Incoming in, String actor) {
        OffsetDateTime now = clock.now();
        if (in.channel() == MessageChannel.HOTLINE_12345) {
            if (in.transferredAt() == null) {
                throw new InvalidInputException("transferredAt", "12345 工单须有转办时间");
            }
            if (in.transferredAt().isAfter(now)) {
                throw new InvalidInputException("transferredAt", "转办时间不能晚于现在");
            }
            // one ticket number, one ticket: concurrent deliveries of a number wait here for each other
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext('hotline-ticket:' || :n))")
                    .setParameter("n", in.hotlineTicket()).getSingleResult();
            Optional<Message> known = Message.<Message>find("hotlineTicket", in.hotlineTicket()).firstResultOptional();
            if (known.isPresent()) {
                return new Received(known.get(), null, true, null);
            }
        }
        String office = in.officeUnit() != null ? in.officeUnit()
                : in.addressedUnit() != null ? in.addressedUnit() : config.receptionUnit();
        if (!UnitScope.isWellFormed(office)) {
            throw new InvalidInputException("unit", "须为单位路径，如 nanning/qingxiu");
        }

        Message m = new Message();
        m.id = UUID.randomUUID();
        deadlines.aggregateCreated(MessageDeadlines.AGGREGATE, m.aggregateId());
        m.receivedAt = now;
        m.createdAt = now;
        m.updatedAt = now;
        m.number = numbers.next(now.atZoneSameInstant(org.govopen.commons.calendar.WorkdayCalendar.ZONE).getYear());
        m.trackingCode = TrackingCredentials.newCode();
        String secret = TrackingCredentials.newSecret();
        m.trackingSecretHash = credentials.hash(secret);
        m.channel = in.channel();
        m.hotlineTicket = in.channel() == MessageChannel.HOTLINE_12345 ? in.hotlineTicket() : null;
        m.transferredAt = in.channel() == MessageChannel.HOTLINE_12345 ? in.transferredAt() : null;
        m.hotlineSuggestion = trimToNull(in.suggestion());
        m.category = in.category();
        m.body = in.text().strip();
        String subject = trimToNull(in.subject());
        m.subject = subject != null ? subject : firstWords(m.body);
        m.addressedUnit = in.addressedUnit();
        m.officeUnit = office;
        m.writerName = trimToNull(in.writerName());
        m.writerPhone = trimToNull(in.writerPhone());
        m.writerEmail = trimToNull(in.writerEmail());
        m.writerAddress = trimToNull(in.writerAddress());
        m.consentToPublish = in.consentToPublish();
        m.matterKey = MatterRule.keyOf(m.subject, m.body, catalogue.mattersFor(office));
        m.state = org.govopen.interaction.domain.MessageStateMachine.next(null, MessageAction.RECEIVE); // recorded by transitions.apply below
        var due = replyClock.start(m);
        m.persist();
        transitions.apply(m, MessageAction.RECEIVE, actor,
                in.channel() == MessageChannel.HOTLINE_12345 ? "12345 热线转办，工单号 " + m.hotlineTicket : null, null);
        clusters.count(m);
        return new Received(m, secret, false, DueExplanations.of(due.explain(replyClock.calendar())));
    }

    private static String firstWords(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 30 ? oneLine : oneLine.substring(0, 30) + "…";
    }

    /** The categories in the order of the form. */
    public static List<MessageCategory> categories() {
        return List.of(MessageCategory.values());
    }
}
