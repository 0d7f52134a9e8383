package dk.loeft.dataimport.api;

import dk.loeft.dataimport.ImportKind;
import dk.loeft.dataimport.ImportResult;
import dk.loeft.dataimport.ImportService;
import dk.loeft.dataimport.ImportStatus;
import dk.loeft.platform.security.LoeftUser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a file for the signed-in user's kommune: the forvaltning any kind, økonomi expenditure
 * ({@code forbrug}) only. {@code ?dryRun=true} checks and counts
 * without writing. A file with errors is answered with 422 and an RFC 9457 problem whose
 * {@code errors} property lists every error as {@code {row, column, message}}.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAnyRole('KOMMUNE_ADMIN', 'FINANCE')")
class ImportApiController {

    static final URI INVALID_FILE = URI.create("urn:loeft:problem:import-invalid-file");
    static final URI IMPORT_FAILED = URI.create("urn:loeft:problem:import-failed");
    static final URI UNKNOWN_KIND = URI.create("urn:loeft:problem:import-unknown-kind");
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final ImportService imports;
    private final MessageSource messages;

    ImportApiController(ImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(
            @AuthenticationPrincipal LoeftUser user,
            @PathVariable String kind,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        Optional<ImportKind> importKind = ImportKind.fromSlug(kind);
        if (importKind.isEmpty()) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("dataimport.api.unknownkind", kind));
            problem.setType(UNKNOWN_KIND);
            return ResponseEntity.of(problem).build();
        }
        if (!importKind.get().importableBy(user.role())) {
            throw new AccessDeniedException("Rollen " + user.role() + " kan ikke importere " + importKind.get());
        }
        String fileName = Objects.requireNonNullElse(file.getOriginalFilename(), "fil");
        ImportResult result;
        try (InputStream content = file.getInputStream()) {
            result = imports.run(importKind.get(), user.kommuneCode(), user.getUsername(), fileName, content, dryRun);
        }
        if (result.status() == ImportStatus.INVALID || result.status() == ImportStatus.FAILED) {
            boolean invalid = result.status() == ImportStatus.INVALID;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    invalid ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT,
                    text("dataimport.api.invalid.detail", Integer.toString(result.errorCount())));
            problem.setType(invalid ? INVALID_FILE : IMPORT_FAILED);
            problem.setTitle(text(invalid ? "dataimport.api.invalid.title" : "dataimport.api.failed.title"));
            problem.setProperty("kind", result.kind().slug());
            problem.setProperty("rows", result.rows());
            problem.setProperty("errorCount", result.errorCount());
            problem.setProperty("errors", result.errors());
            problem.setProperty("warnings", result.warnings());
            return ResponseEntity.of(problem).build();
        }
        return ResponseEntity.ok(ImportResponse.of(result));
    }

    private String text(String key, String... args) {
        return messages.getMessage(key, args, DANISH);
    }
}
