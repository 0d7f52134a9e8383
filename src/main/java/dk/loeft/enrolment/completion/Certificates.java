package dk.loeft.enrolment.completion;

import dk.loeft.enrolment.Outcome;
import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Kommune;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.web.PdfRenderer;
import dk.loeft.staff.Education;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** Course certificates (kursusbeviser) as PDF, only for a passed participation, for whoever may see the person. */
@Service
public class Certificates {

    private final ProgressRegister progress;
    private final InstitutionService institutions;
    private final PdfRenderer pdf;
    private final MessageSource messages;

    Certificates(ProgressRegister progress, InstitutionService institutions, PdfRenderer pdf, MessageSource messages) {
        this.progress = progress;
        this.institutions = institutions;
        this.pdf = pdf;
        this.messages = messages;
    }

    public Certificate certificate(UUID participationId) {
        ParticipationDetail detail = progress.participation(participationId);
        var participation = detail.participation();
        if (participation.outcome() != Outcome.PASSED) {
            throw new RuleViolationException("enrolment.certificate.error.notPassed");
        }
        var offering = detail.offering();
        Education education = Completions.educationOf(offering);
        String kommune = institutions
                .kommune(participation.kommuneCode())
                .map(Kommune::name)
                .orElse("");
        return new Certificate(
                participation.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT),
                kommune,
                detail.name(),
                detail.employeeNumber(),
                offering.title(),
                offering.providerName(),
                offering.startDate(),
                offering.endDate(),
                offering.modules(),
                participation.ectsAwarded(),
                detail.attendance(),
                education == null
                        ? null
                        : messages.getMessage("education." + education.name(), null, LocaleContextHolder.getLocale()),
                Objects.requireNonNull(participation.outcomeOn()),
                "kursusbevis-" + detail.employeeNumber().replaceAll("[^A-Za-z0-9-]", "") + ".pdf");
    }

    public byte[] pdf(Certificate certificate) {
        return pdf.render("enrolment/completion/certificate", Map.of("c", certificate));
    }
}
