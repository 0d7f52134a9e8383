package dk.loeft.funding.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.loeft.funding.AllocationLetter;
import dk.loeft.platform.web.DanishFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The allocation letter (tilsagnsbrev) as PDF: the Thymeleaf template {@code funding/letter} (XHTML)
 * rendered by openhtmltopdf with the DejaVu Sans font shipped in the application (Danish letters
 * everywhere, no dependence on the machine's fonts).
 */
@Component
class LetterPdf {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final ITemplateEngine templates;
    private final DanishFormat danish;

    LetterPdf(ITemplateEngine templates, DanishFormat danish) {
        this.templates = templates;
        this.danish = danish;
    }

    byte[] render(AllocationLetter letter) {
        var context = new Context(LocaleContextHolder.getLocale());
        context.setVariable("letter", letter);
        context.setVariable("danish", danish);
        LocalDate dated = letter.allocation().publishedAt() == null
                ? null
                : letter.allocation().publishedAt().atZone(DENMARK).toLocalDate();
        context.setVariable("dated", dated);
        String html = templates.process("funding/letter", context);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String name) {
        InputStream in = LetterPdf.class.getResourceAsStream("/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("Font missing from the application: " + name);
        }
        return in;
    }
}
