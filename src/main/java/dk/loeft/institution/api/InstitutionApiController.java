package dk.loeft.institution.api;

import dk.loeft.institution.InstitutionFilter;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Ownership;
import dk.loeft.platform.Paged;
import dk.loeft.platform.api.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/institutions")
@Tag(name = "Institutioner", description = "Kommunens dagtilbud: daginstitutioner, dagpleje og andre")
class InstitutionApiController {

    private final InstitutionService institutions;

    InstitutionApiController(InstitutionService institutions) {
        this.institutions = institutions;
    }

    @GetMapping
    @Operation(summary = "Institutioner, man har adgang til, filtreret og sorteret efter navn, side for side")
    ApiPage<InstitutionResponse> list(
            @Parameter(description = "Kun for ministeriet: hvilken kommune") @RequestParam(required = false) @Nullable
                    Integer kommune,
            @RequestParam(required = false) @Nullable InstitutionKind kind,
            @RequestParam(required = false) @Nullable Ownership ownership,
            @RequestParam(required = false) @Nullable UUID areaId,
            @Parameter(description = "Fritekst i navn eller institutionsnummer")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "Sidenummer, fra 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Antal pr. side, højst 200") @RequestParam(defaultValue = "50") @Min(1) @Max(200)
                    int size) {
        var filter = new InstitutionFilter(kommune, kind, ownership, areaId, q);
        return ApiPage.of(
                institutions.search(filter, new Paged.Request(page, size)).map(InstitutionResponse::of));
    }

    @GetMapping("/{institutionId}")
    @Operation(summary = "Én institution")
    InstitutionResponse get(@PathVariable UUID institutionId) {
        return InstitutionResponse.of(institutions.summary(institutionId));
    }

    @PostMapping
    @Operation(summary = "Opret en institution i egen kommune (kun forvaltningen)")
    ResponseEntity<InstitutionResponse> create(
            @Validated(InstitutionRequest.Create.class) @RequestBody InstitutionRequest request) {
        var created = institutions.create(institutions.editorKommune(), request.requiredNumber(), request.details());
        return ResponseEntity.created(URI.create("/api/v1/institutions/" + created.id()))
                .body(InstitutionResponse.of(institutions.summary(created.id())));
    }

    @PutMapping("/{institutionId}")
    @Operation(summary = "Ret en institution; send den version, der blev hentet (409 ved konflikt)")
    InstitutionResponse update(
            @PathVariable UUID institutionId,
            @Validated(InstitutionRequest.Update.class) @RequestBody InstitutionRequest request) {
        institutions.update(institutionId, request.requiredVersion(), request.details());
        return InstitutionResponse.of(institutions.summary(institutionId));
    }
}
