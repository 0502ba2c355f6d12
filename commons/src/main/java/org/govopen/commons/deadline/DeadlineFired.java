package org.govopen.commons.deadline;

/**
 * CDI event, fired by the sweeper inside the transaction that raises the alert: a service may act on it in
 * the same transaction (an application is deemed abandoned when its correction period is breached). An
 * observer that throws rolls the firing back; the sweeper tries again on its next pass. {@code stage} is the
 * alert's ({@code warning-1}, {@code warning-2}, {@code breach}).
 */
public record DeadlineFired(DeadlineKey key, DeadlineAlert.Level level, Deadline deadline, String stage) {
}
