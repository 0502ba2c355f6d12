package org.govopen.sentiment.domain;

/** How an incident came to be established. */
public enum IncidentOrigin {
    /** from monitoring signals (监测发现) */
    SIGNALS,
    /** from an early warning (预警) */
    WARNING,
    /** from a transfer order of the province or city (上级转办) */
    TRANSFER_ORDER,
    /** entered by hand (人工登记) */
    MANUAL
}
