package org.govopen.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value that is well-formed but refused by the kernel's rules ({@link StrictJson}): text with a control
 * character, a date out of range. Jackson adds the JSON path as it unwinds; {@code ProblemMappers} answers a 400
 * naming that path, with {@link #reason()} as the message.
 */
public class RefusedValueException extends InvalidFormatException {

    private final String reason;

    public RefusedValueException(JsonParser parser, String reason, Object value, Class<?> targetType) {
        super(parser, reason, value, targetType);
        this.reason = reason;
    }

    /** Why the value was refused, in Chinese, for the client. */
    public String reason() {
        return reason;
    }
}
