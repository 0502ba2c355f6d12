package org.govopen.catalog.api;

import java.time.LocalDate;
import org.govopen.commons.validation.NotAfterToday;

/** Publishing information that was still due: today unless {@code publishedOn} is given. */
public record ItemPublicationForm(@NotAfterToday LocalDate publishedOn) {
}
