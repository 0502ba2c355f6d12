package org.govopen.catalog.api;

import jakarta.validation.constraints.Size;

/** Accepting or declining a conversion proposal; declining needs the reason. */
public record ProposalDecisionForm(@Size(max = 2000) String reason) {
}
