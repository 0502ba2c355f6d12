package org.govopen.catalog.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.govopen.catalog.domain.DocumentDemand;

/** A requested document with its application counts and the proposal to make it 主动公开. */
public record ProposalView(UUID id, String unit, String documentKey, String documentNumber, String title,
                           int applications, int applicants, String proposal, OffsetDateTime proposedAt,
                           OffsetDateTime decidedAt, String decidedBy, String decisionNote) {

    public static ProposalView of(DocumentDemand d) {
        return new ProposalView(d.id, d.unit, d.documentKey, d.documentNumber, d.title, d.applications,
                d.applicants, d.proposal.name(), d.proposedAt, d.decidedAt, d.decidedBy, d.decisionNote);
    }
}
