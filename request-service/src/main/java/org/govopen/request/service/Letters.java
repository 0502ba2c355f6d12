package org.govopen.request.service;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.govopen.commons.problem.ConflictException;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.UnitName;

/** Generates the reply letter (答复告知书) of a case as printable HTML, in Chinese. */
@ApplicationScoped
public class Letters {

    /** What the template shows; every value is escaped by Qute. */
    public record ReplyLetter(String unitName, String caseNumber, String addressee, String receivedOn, String description,
                              String documentNumber, List<String> decision, String summary, String remedies,
                              String repliedOn, String outcomeLabel) {
    }

    @CheckedTemplate(basePath = "letters")
    static class Templates {
        static native TemplateInstance replyLetter(ReplyLetter letter);
    }

    @Inject
    RequestConfig config;

    public String replyLetter(Application a) {
        if (a.reply().outcome == null || a.concludedOn == null) {
            throw new ConflictException("该申请尚未答复，没有答复告知书");
        }
        String addressee = a.applicant.name;
        ReplyLetter letter = new ReplyLetter(UnitName.of(a.unit), a.caseNumber, addressee,
                day(a.receivedOn != null ? a.receivedOn : a.submittedOn), a.requested.description, a.requested.documentNumber,
                ReplyLetterWording.decision(a), a.reply().summary,
                ReplyLetterWording.remedies(config.reviewBody(), config.court()),
                day(a.reply().repliedOn != null ? a.reply().repliedOn : a.concludedOn), a.reply().outcome.label());
        return Templates.replyLetter(letter).render();
    }

    static String day(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
