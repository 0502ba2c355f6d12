package org.govopen.request.api;

import jakarta.validation.constraints.Size;

public record NoteForm(@Size(max = 2000) String note) {
}
