package org.govopen.catalog.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govopen.catalog.domain.RequestTables;
import org.govopen.catalog.service.AnnualReportService;
import org.govopen.catalog.service.DemandService;
import org.govopen.commons.events.EventData;
import org.govopen.commons.events.InboundEvent;
import org.govopen.commons.events.PoisonEventException;
import org.govopen.commons.events.ProcessedEvents;
import org.govopen.commons.time.GovClock;

/**
 * Transport for request-service's {@code registered} events and its finished annual tables (docs/events, "Contracts"): reads the requested
 * document — what cannot be read goes to the dead-letter topic — and hands it to {@link DemandService} once per
 * event id ({@link ProcessedEvents}, in the transaction of the count).
 */
@ApplicationScoped
public class RequestEventsListener {

    static final String CONSUMER = "catalog.request-events";
    static final String REGISTERED = "govopen.request.application.registered";
    static final String ANNUAL_TABLE = "govopen.request.annual-table.submitted";

    @Inject
    ProcessedEvents processed;

    @Inject
    DemandService demand;

    @Inject
    GovClock clock;

    @Inject
    AnnualReportService reports;

    @Inject
    ObjectMapper json;

    @Incoming("request-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    public void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.of(record);
        if (ANNUAL_TABLE.equals(event.type())) {
            annualTable(event);
            return;
        }
        if (!REGISTERED.equals(event.type())) {
            return; // only registrations count as demand
        }
        EventData data = event.json();
        EventData document = data.optionalObject("requestedDocument");
        if (document == null) {
            return;
        }
        String unit = data.required("unit");
        String number = document.optional("number");
        String title = document.optional("title");
        String applicantKey = data.optional("applicantKey");
        OffsetDateTime at = data.optionalTime("occurredAt");
        OffsetDateTime sent = event.occurredAt();
        OffsetDateTime when = at != null ? at : sent != null ? sent : clock.now();
        processed.applyOnce(CONSUMER, event, e -> demand.recordApplication(unit, number, title, applicantKey, when));
    }

    /** A unit's finished tables for sections 三 and 四 of its annual report, kept as they came. */
    private void annualTable(InboundEvent event) {
        EventData data = event.json();
        String unit = data.required("unit", 240);
        String year = data.required("year", 4);
        RequestTables tables;
        try {
            tables = json.readValue(event.data(), RequestTables.class);
        } catch (java.io.IOException e) {
            throw new PoisonEventException("annual tables not readable: " + e.getMessage(), e);
        }
        if (!year.matches("[0-9]{4}") || tables.generatedAt() == null || tables.rows() == null || tables.remedyColumns() == null) {
            throw new PoisonEventException("annual tables without year, generatedAt, rows or remedyColumns");
        }
        processed.applyOnce(CONSUMER, event, e -> reports.requestTablesReceived(unit, Integer.parseInt(year), tables));
    }
}
