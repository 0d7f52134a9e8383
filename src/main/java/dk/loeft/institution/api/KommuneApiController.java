package dk.loeft.institution.api;

import dk.loeft.institution.InstitutionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/kommuner")
@Tag(name = "Kommuner", description = "Kommuner og deres mål for uddannelsesdækning")
class KommuneApiController {

    private final InstitutionService institutions;

    KommuneApiController(InstitutionService institutions) {
        this.institutions = institutions;
    }

    @GetMapping
    @Operation(summary = "Kommuner, man har adgang til (ministeriet: alle; ellers ens egen)")
    List<KommuneResponse> list() {
        return institutions.visibleKommuner().stream().map(KommuneResponse::of).toList();
    }

    @GetMapping("/{kommuneCode}")
    @Operation(summary = "Én kommune ud fra kommunekoden")
    KommuneResponse get(@PathVariable int kommuneCode) {
        return KommuneResponse.of(institutions.visibleKommune(kommuneCode));
    }
}
