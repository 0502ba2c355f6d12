package org.govopen.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;

/** Delivery of the reply (送达) and its proof. */
@Embeddable
public class Delivery {

    @Enumerated(EnumType.STRING)
    @Column(name = "delivered_by")
    public DeliveryMethod method;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    /** What proves it: a postal tracking number, a signature, an e-mail message id. */
    @Column(name = "delivery_proof", columnDefinition = "text")
    public String proof;
}
