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

    @Inject
    org.govopen.commons.events.ProcessedEvents processed;

    /** How far ahead of ours the hotline's clock may run. */
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(2);

    @Transactional
    public Received receive(Incoming in, String actor) {
        OffsetDateTime now = clock.now();
        if (in.channel() == MessageChannel.HOTLINE_12345) {
            checkTransfer(in.transferredAt(), now);
            lockTickets(List.of(in.hotlineTicket()));
            Optional<Message> known = Message.<Message>find("hotlineTicket", in.hotlineTicket()).firstResultOptional();
            if (known.isPresent()) {
                return new Received(known.get(), null, true, null);
            }
        }
        String secret = TrackingCredentials.newSecret();
        Message m = build(in, now, numbers.next(year(now)), secret);
        var due = replyClock.start(m);
        m.persist();
        transitions.apply(m, MessageAction.RECEIVE, actor, receiptNote(m), null);
        clusters.count(m, 1);
        return new Received(m, secret, false, DueExplanations.of(due.explain(replyClock.calendar())));
    }

    /** A ticket from the hotline's topic, with the id of the event that brought it. */
    public record Delivered(String eventId, Incoming ticket) {
    }

    /**
     * 12345 tickets from the topic, many in one transaction (issue 10: a city's busiest day in under a minute): each
     * event applied once (the processed-event log, one statement for all), each ticket number once (known numbers and
     * repeats within the batch change nothing), the messages, their deadlines, transitions and events written in
     * batches, the clusters counted once per matter. Everything is validated before (the listener's poison check).
     *
     * @return how many tickets were new
     */
    @Transactional
    public int receiveAll(String consumer, List<Delivered> batch, String actor) {
        OffsetDateTime now = clock.now();
        var fresh = processed.firstDeliveries(consumer, batch.stream().map(Delivered::eventId).toList());
        List<Incoming> tickets = batch.stream().filter(d -> fresh.contains(d.eventId())).map(Delivered::ticket).toList();
        if (tickets.isEmpty()) {
            return 0;
        }
        List<String> numbersInBatch = tickets.stream().map(Incoming::hotlineTicket).distinct().sorted().toList();
        lockTickets(numbersInBatch);
        java.util.Set<String> known = new java.util.HashSet<>(em.createQuery(
                        "select m.hotlineTicket from Message m where m.hotlineTicket in :numbers", String.class)
                .setParameter("numbers", numbersInBatch).getResultList());
        List<Message> created = new java.util.ArrayList<>();
        List<Incoming> news = new java.util.ArrayList<>();
        for (Incoming in : tickets) {
            if (known.add(in.hotlineTicket())) {
                checkTransfer(in.transferredAt(), now);
                news.add(in);
            }
        }
        if (news.isEmpty()) {
            return 0;
        }
        List<String> messageNumbers = numbers.next(year(now), news.size());
        for (int i = 0; i < news.size(); i++) {
            Message m = build(news.get(i), now, messageNumbers.get(i), TrackingCredentials.newSecret());
            replyClock.start(m); // its deadline, and the due date copied onto the message
            created.add(m);
        }
        created.forEach(m -> m.persist());
        em.flush(); // the messages first (their transitions refer to them), in JDBC batches
        for (Message m : created) {
            transitions.apply(m, MessageAction.RECEIVE, actor, receiptNote(m), null);
        }
        em.flush();
        // matter by matter in one order for every batch, so that two batches never wait for each other's cluster rows
        created.stream().collect(java.util.stream.Collectors.groupingBy(m -> m.officeUnit + '\0' + m.matterKey,
                        java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .values().forEach(group -> clusters.count(group.get(group.size() - 1), group.size()));
        return created.size();
    }

    private Message build(Incoming in, OffsetDateTime now, String number, String secret) {
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
        m.number = number;
        m.trackingCode = TrackingCredentials.newCode();
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
        m.state = org.govopen.interaction.domain.MessageStateMachine.next(null, MessageAction.RECEIVE); // recorded by transitions.apply
        return m;
    }

    /**
     * A transfer time is not in the future; two minutes are allowed for the hotline's clock running ahead of ours.
     */
    private static void checkTransfer(OffsetDateTime transferredAt, OffsetDateTime now) {
        String refusal = transferRefusal(transferredAt, now);
        if (refusal != null) {
            throw new InvalidInputException("transferredAt", refusal);
        }
    }

    /** Why a transfer time cannot be taken, or null. */
    public static String transferRefusal(OffsetDateTime transferredAt, OffsetDateTime now) {
        if (transferredAt == null) {
            return "12345 工单须有转办时间";
        }
        return transferredAt.isAfter(now.plus(CLOCK_SKEW)) ? "转办时间不能晚于现在" : null;
    }

    /** One ticket number, one ticket: deliveries of a number (REST, topic, twice) wait here for each other. */
    private void lockTickets(List<String> sortedNumbers) {
        em.createNativeQuery("select count(pg_advisory_xact_lock(hashtext('hotline-ticket:' || n))) from "
                        + "(select n from unnest(cast(:numbers as text[])) as t(n) order by n) s")
                .setParameter("numbers", sortedNumbers.toArray(String[]::new)).getSingleResult();
    }

    private static String receiptNote(Message m) {
        return m.channel == MessageChannel.HOTLINE_12345 ? "12345 热线转办，工单号 " + m.hotlineTicket : null;
    }

    private static int year(OffsetDateTime now) {
        return now.atZoneSameInstant(org.govopen.commons.calendar.WorkdayCalendar.ZONE).getYear();
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
