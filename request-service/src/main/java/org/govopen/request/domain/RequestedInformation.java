package org.govopen.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What the applicant asks for (所需政府信息的名称、文号或便于查询的其他特征性描述). */
@Embeddable
public class RequestedInformation {

    @Column(nullable = false, columnDefinition = "text")
    public String description;

    /** The document number (文号) when the applicant names one, e.g. 青政发〔2026〕3号. */
    @Column(name = "requested_document_number")
    public String documentNumber;

    @Column(name = "requested_document_title")
    public String documentTitle;

    @Column(columnDefinition = "text")
    public String purpose;
}
