package org.govopen.request.api;

public record DocumentDemandView(String documentNumber, String documentTitle, long applications, long applicants) {
}
