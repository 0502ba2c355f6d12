package org.govopen.interaction.api;

import org.govopen.interaction.domain.MessageCategory;

/** A category of message (留言类别) with its Chinese label. */
public record CategoryView(MessageCategory code, String label) {

    public static CategoryView of(MessageCategory c) {
        return new CategoryView(c, c.label());
    }
}
