package dk.loeft.funding.web;

import dk.loeft.funding.AllocationLetter;
import dk.loeft.funding.Allocations;
import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Kommune;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A kommune's published allocations (tildelinger) with the round's rules and the allocation letter
 * as PDF. Forvaltning and økonomi see their own kommune; the ministry chooses a kommune.
 */
@Controller
class GrantPagesController {

    private final Allocations allocations;
    private final InstitutionService institutions;
    private final LetterPdf letters;

    GrantPagesController(Allocations allocations, InstitutionService institutions, LetterPdf letters) {
        this.allocations = allocations;
        this.institutions = institutions;
        this.letters = letters;
    }

    @GetMapping("/tilskud/tildelinger")
    String grants(@RequestParam(required = false) @Nullable Integer kommune, Model model) {
        LoeftUser user = PageAccess.require(Role.NATIONAL, Role.KOMMUNE_ADMIN, Role.FINANCE);
        if (user.isNational() && kommune == null) {
            model.addAttribute("kommuner", institutions.allKommuner());
            return "funding/grants-choose";
        }
        Kommune chosen = institutions.kommuneFor(user, kommune);
        model.addAttribute("kommune", chosen);
        model.addAttribute("allocations", allocations.publishedFor(chosen.code()));
        model.addAttribute("grants", allocations.grants(chosen.code()));
        return "funding/grants";
    }

    @GetMapping("/tilskud/tildelinger/{allocationId}/{kommuneCode}/brev.pdf")
    ResponseEntity<byte[]> letter(@PathVariable UUID allocationId, @PathVariable int kommuneCode) {
        PageAccess.require(Role.NATIONAL, Role.KOMMUNE_ADMIN, Role.FINANCE);
        AllocationLetter letter = allocations.letter(allocationId, kommuneCode);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("tilsagn-" + letter.allocation().number() + "-"
                                        + letter.allocation().yearSpan() + "-" + kommuneCode + ".pdf")
                                .build()
                                .toString())
                .body(letters.render(letter));
    }
}
