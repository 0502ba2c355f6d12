package org.govopen.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The applicant (申请人). Personal data: kept for the reply and its delivery, masked in lists, events and
 * anything published; {@code key} stands for the applicant wherever one must be recognised without being named.
 */
@Embeddable
public class Applicant {

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false)
    public ApplicantKind kind;

    @Column(name = "applicant_name", nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_id_type", nullable = false)
    public IdDocumentType idType;

    @Column(name = "applicant_id_number", nullable = false)
    public String idNumber;

    /** A keyed hash of the ID document: the same applicant, the same key. */
    @Column(name = "applicant_key", nullable = false)
    public String key;

    @Column(name = "applicant_phone")
    public String phone;

    @Column(name = "applicant_email")
    public String email;

    @Column(name = "applicant_address")
    public String address;

    @Column(name = "applicant_postcode")
    public String postcode;

    /** For an organisation: the person to contact (联系人). */
    @Column(name = "applicant_contact_person")
    public String contactPerson;
}
