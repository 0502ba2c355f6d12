package org.govopen.catalog.api;

import java.time.LocalDate;

/** Publishing information that was still due: today unless {@code publishedOn} is given. */
public record ItemPublicationForm(LocalDate publishedOn) {
}
