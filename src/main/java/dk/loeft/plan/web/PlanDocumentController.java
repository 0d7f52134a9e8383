package dk.loeft.plan.web;

import dk.loeft.plan.document.PlanDocument;
import dk.loeft.plan.document.PlanDocuments;
import dk.loeft.plan.document.PlanDocx;
import dk.loeft.plan.document.PlanPdf;
import dk.loeft.platform.web.PdfRenderer;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan document of a version as PDF (shown in the browser) and DOCX (downloaded). */
@Controller
class PlanDocumentController {

    private final PlanDocuments documents;
    private final PlanPdf pdf;
    private final PlanDocx docx;

    PlanDocumentController(PlanDocuments documents, PlanPdf pdf, PlanDocx docx) {
        this.documents = documents;
        this.pdf = pdf;
        this.docx = docx;
    }

    @GetMapping("/planer/{planId}/versioner/{versionNo}/plan.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID planId, @PathVariable int versionNo) {
        PlanDocument document = documents.build(planId, versionNo);
        return PdfRenderer.response(
                MediaType.APPLICATION_PDF, document.fileName() + ".pdf", true, pdf.render(document));
    }

    @GetMapping("/planer/{planId}/versioner/{versionNo}/plan.docx")
    ResponseEntity<byte[]> docx(@PathVariable UUID planId, @PathVariable int versionNo) {
        PlanDocument document = documents.build(planId, versionNo);
        return PdfRenderer.response(PlanDocx.MEDIA_TYPE, document.fileName() + ".docx", false, docx.render(document));
    }
}
