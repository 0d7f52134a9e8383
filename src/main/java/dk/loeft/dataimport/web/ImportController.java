package dk.loeft.dataimport.web;

import dk.loeft.dataimport.ImportHistoryEntry;
import dk.loeft.dataimport.ImportJob;
import dk.loeft.dataimport.ImportJobService;
import dk.loeft.dataimport.ImportKind;
import dk.loeft.dataimport.ImportNotReadyException;
import dk.loeft.dataimport.ImportTemplates;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.security.LoeftUser;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/import")
@PreAuthorize("hasAnyRole('KOMMUNE_ADMIN', 'FINANCE')")
class ImportController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy'\u00A0'HH:mm");
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final ImportJobService imports;
    private final ImportTemplates templates;
    private final MessageSource messages;
    private final Clock clock;

    ImportController(ImportJobService imports, ImportTemplates templates, MessageSource messages, Clock clock) {
        this.imports = imports;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    /** A history line with its time in Danish. */
    record HistoryRow(ImportHistoryEntry entry, String when) {}

    @GetMapping
    String index(@AuthenticationPrincipal LoeftUser user, Model model) {
        model.addAttribute("form", UploadForm.empty());
        return page(user, model);
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal LoeftUser user,
            @Valid @ModelAttribute("form") UploadForm form,
            BindingResult binding,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model) {
        boolean noFile = file == null || file.isEmpty();
        if (binding.hasErrors() || noFile) {
            model.addAttribute("kindError", binding.hasFieldErrors("kind"));
            model.addAttribute("fileError", noFile);
            return page(user, model);
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = Objects.requireNonNullElse(file.getOriginalFilename(), "fil");
        UUID id = imports.start(user, Objects.requireNonNull(form.kind()), name, content);
        return "redirect:/import/" + id;
    }

    @GetMapping("/{id}")
    String job(
            @AuthenticationPrincipal LoeftUser user,
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        ImportJob job = imports.job(user, id);
        model.addAttribute("job", job);
        model.addAttribute(
                "kindLabel",
                messages.getMessage("dataimport.kindname." + job.kind().name(), null, DANISH));
        model.addAttribute("started", when(job.startedAt()));
        model.addAttribute("storedErrors", job.errors().size());
        return htmx != null ? "dataimport/job :: status" : "dataimport/job";
    }

    @PostMapping("/{id}/bekraeft")
    String confirm(@AuthenticationPrincipal LoeftUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            imports.confirm(user, id);
        } catch (ImportNotReadyException e) {
            redirect.addFlashAttribute("flashError", notReady(e));
        }
        return "redirect:/import/" + id;
    }

    @PostMapping("/{id}/annuller")
    String cancel(@AuthenticationPrincipal LoeftUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            imports.cancel(user, id);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("dataimport.job.cancelled", null, DANISH));
        } catch (ImportNotReadyException e) {
            redirect.addFlashAttribute("flashError", notReady(e));
            return "redirect:/import/" + id;
        }
        return "redirect:/import";
    }

    @GetMapping("/skabelon/{file:.+}")
    ResponseEntity<byte[]> template(@PathVariable String file) {
        int dot = file.lastIndexOf('.');
        if (dot < 0) {
            throw new NotFoundException();
        }
        ImportKind kind = ImportKind.fromSlug(file.substring(0, dot)).orElseThrow(NotFoundException::new);
        String extension = file.substring(dot + 1);
        byte[] body;
        MediaType type;
        switch (extension) {
            case "csv" -> {
                body = templates.csv(kind);
                type = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
            }
            case "xlsx" -> {
                body = templates.xlsx(kind);
                type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            default -> throw new NotFoundException();
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(ImportTemplates.fileName(kind, extension))
                                .build()
                                .toString())
                .body(body);
    }

    private String page(LoeftUser user, Model model) {
        List<HistoryRow> history = imports.history(user).stream()
                .map(e -> new HistoryRow(e, when(e.startedAt())))
                .toList();
        model.addAttribute("kinds", imports.kinds(user));
        model.addAttribute("history", history);
        return "dataimport/index";
    }

    private String notReady(ImportNotReadyException e) {
        String status = messages.getMessage(e.status().labelKey(), null, DANISH);
        return messages.getMessage("dataimport.job.notready", new Object[] {status}, DANISH);
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(clock.getZone()));
    }
}
