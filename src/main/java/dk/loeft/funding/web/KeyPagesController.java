package dk.loeft.funding.web;

import dk.loeft.funding.AllocationKeys;
import dk.loeft.funding.KeyImportResult;
import dk.loeft.funding.KeyProblem;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.web.Flash;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ministry imports allocation keys (children per kommune) and looks at them. */
@Controller
class KeyPagesController {

    static final String FORM = "keyForm";

    private final AllocationKeys keys;
    private final Flash messages;

    KeyPagesController(AllocationKeys keys, Flash messages) {
        this.keys = keys;
        this.messages = messages;
    }

    @GetMapping("/puljer/noegler")
    String list(Model model) {
        PageAccess.require(Role.NATIONAL);
        model.addAttribute(FORM, KeyForm.empty());
        return page(model, List.of());
    }

    @PostMapping("/puljer/noegler")
    String upload(
            @Valid @ModelAttribute(FORM) KeyForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        PageAccess.require(Role.NATIONAL);
        if (file == null || file.isEmpty()) {
            errors.reject("funding.key.form.file.required");
        }
        if (errors.hasErrors()) {
            return page(model, List.of());
        }
        try {
            KeyImportResult result =
                    keys.importFile(form.details(), String.valueOf(file.getOriginalFilename()), file.getBytes());
            if (result.imported()) {
                messages.success(
                        redirect, "funding.key.importedFlash", form.details().name());
                return "redirect:/puljer/noegler/" + result.keyId();
            }
            return page(model, result.problems().stream().map(this::describe).toList());
        } catch (RuleViolationException e) {
            errors.reject(e.messageKey(), e.arguments(), null);
            return page(model, List.of());
        }
    }

    @GetMapping("/puljer/noegler/{keyId}")
    String key(@PathVariable UUID keyId, Model model) {
        PageAccess.require(Role.NATIONAL);
        model.addAttribute("key", keys.byId(keyId));
        model.addAttribute("rows", keys.rows(keyId));
        return "funding/key";
    }

    /** The template: the header row and one example row per line the ministry fills in. */
    @GetMapping("/puljer/noegler/skabelon.csv")
    ResponseEntity<byte[]> template() {
        PageAccess.require(Role.NATIONAL);
        String csv = "kommunekode;kommunenavn;børn\n101;København;43210\n";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("fordelingsnoegle.csv")
                                .build()
                                .toString())
                .body(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
    }

    /** "Række 5, kolonne børn: ..." or, for the whole file, only the message. */
    String describe(KeyProblem problem) {
        String text = messages.text(problem.messageKey(), problem.arguments().toArray());
        if (problem.row() == null) {
            return text;
        }
        return messages.text("funding.key.error.at", problem.row(), problem.column(), text);
    }

    private String page(Model model, List<String> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("keys", keys.all());
        return "funding/keys";
    }
}
