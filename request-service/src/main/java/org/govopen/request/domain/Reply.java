package org.govopen.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The reply (答复): exactly one outcome of the annual-report rows, with what it needs to be explained. */
@Embeddable
public class Reply {

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    public ReplyOutcome outcome;

    @Column(name = "replied_on")
    public LocalDate repliedOn;

    @Column(name = "reply_summary", columnDefinition = "text")
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "provided_form")
    public ProvisionForm providedForm;

    /** "Already public": the published item or document it points to (known from catalog-service). */
    @Column(name = "already_public_id")
    public String alreadyPublicId;

    @Column(name = "already_public_title")
    public String alreadyPublicTitle;

    @Column(name = "already_public_url")
    public String alreadyPublicUrl;

    /** "Not this agency": the agency that holds the information (条例第三十六条第（五）项). */
    @Column(name = "competent_agency_name")
    public String competentAgencyName;

    @Column(name = "competent_agency_contact")
    public String competentAgencyContact;
}
