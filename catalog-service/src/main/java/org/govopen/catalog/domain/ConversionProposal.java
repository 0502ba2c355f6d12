package org.govopen.catalog.domain;

/** Where a proposal to convert a much-requested document to 主动公开 stands. */
public enum ConversionProposal {
    NONE, PROPOSED, ACCEPTED, DECLINED
}
