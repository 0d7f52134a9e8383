package dk.loeft.platform.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Documents as PDF: a Thymeleaf template (XHTML) rendered by openhtmltopdf with the DejaVu Sans
 * font shipped in the application (Danish letters everywhere, no dependence on the machine's
 * fonts). Templates get their variables and {@code danish}.
 */
@Component
public class PdfRenderer {

    private final ITemplateEngine templates;
    private final DanishFormat danish;

    PdfRenderer(ITemplateEngine templates, DanishFormat danish) {
        this.templates = templates;
        this.danish = danish;
    }

    public byte[] render(String template, Map<String, ?> variables) {
        var context = new Context(LocaleContextHolder.getLocale());
        variables.forEach(context::setVariable);
        context.setVariable("danish", danish);
        String html = templates.process(template, context);
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

    /** A document as a download (attachment) or shown in the browser (inline) with its file name. */
    public static ResponseEntity<byte[]> response(MediaType type, String filename, boolean inline, byte[] body) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(filename, java.nio.charset.StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }

    private static InputStream font(String name) {
        InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("Font missing from the application: " + name);
        }
        return in;
    }
}
