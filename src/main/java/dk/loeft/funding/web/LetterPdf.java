package dk.loeft.funding.web;

import dk.loeft.funding.AllocationLetter;
import dk.loeft.platform.web.PdfRenderer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The allocation letter (tilsagnsbrev) as PDF: the Thymeleaf template {@code funding/letter}. */
@Component
class LetterPdf {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final PdfRenderer pdf;

    LetterPdf(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    byte[] render(AllocationLetter letter) {
        LocalDate dated = letter.allocation().publishedAt() == null
                ? null
                : letter.allocation().publishedAt().atZone(DENMARK).toLocalDate();
        Map<String, Object> variables = new HashMap<>();
        variables.put("letter", letter);
        variables.put("dated", dated);
        return pdf.render("funding/letter", variables);
    }
}
