package org.govopen.interaction.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.interaction.domain.DispatchRoute;
import org.govopen.interaction.domain.FaqEntry;
import org.govopen.interaction.domain.MessageCategory;

/** Views of the knowledge base, the dispatch catalogue and the suggestions they make for a message. */
public final class KnowledgeViews {

    private KnowledgeViews() {
    }

    @Schema(name = "FaqEntryView")
    public record FaqView(UUID id, String unit, String question, String answer, OffsetDateTime updatedAt) {
        public static FaqView of(FaqEntry f) {
            return new FaqView(f.id, f.unit, f.question, f.answer, f.updatedAt);
        }
    }

    @Schema(name = "DispatchRouteView")
    public record RouteView(UUID id, String officeUnit, MessageCategory category, String matter, String leadUnit,
                            List<String> assistingUnits) {
        public static RouteView of(DispatchRoute r) {
            return new RouteView(r.id, r.officeUnit, r.category, r.matter, r.leadUnit, List.of(r.assistingUnits));
        }
    }

    /** A knowledge-base question like the message, with how close it is (0–1). */
    public record FaqMatch(UUID id, String question, String answer, double score, boolean closeMatch) {
    }

    /**
     * What the desk is offered for a message: simple or not, a draft (the answer of a close match), the lead and
     * assisting units (the dispatch catalogue's, else the hotline's suggestion as it came), and the matches.
     */
    @Schema(name = "DispatchSuggestion")
    public record Suggestion(boolean simple, String draft, String leadUnit, List<String> assistingUnits, String matter,
                             String hotlineSuggestion, List<FaqMatch> faqMatches) {
    }
}
