package org.govopen.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** In a partial disclosure (部分公开, 条例第三十七条): a part withheld and why. */
@Embeddable
public class WithheldPart {

    @Column(nullable = false, columnDefinition = "text")
    public String part;

    /** One of the 不予公开 sub-reasons. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReplyOutcome reason;

    protected WithheldPart() {
    }

    public WithheldPart(String part, ReplyOutcome reason) {
        this.part = part;
        this.reason = reason;
    }
}
