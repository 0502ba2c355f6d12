package org.govopen.commons.events;

/**
 * An event that can never be processed (unreadable, invalid): not retried, sent to the service's
 * dead-letter topic by the channel's failure strategy.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
