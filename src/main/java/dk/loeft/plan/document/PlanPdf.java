package dk.loeft.plan.document;

import dk.loeft.platform.web.PdfRenderer;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The plan document as PDF: the template {@code plan/document} over the document model. */
@Component
public class PlanPdf {

    private final PdfRenderer pdf;

    PlanPdf(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    public byte[] render(PlanDocument document) {
        return pdf.render("plan/document", Map.of("doc", document));
    }
}
