package dk.loeft.staff.api;

import dk.loeft.platform.Paged;
import dk.loeft.platform.api.ApiPage;
import dk.loeft.staff.StaffFilter;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/staff")
@Tag(
        name = "Medarbejdere",
        description = "Det pædagogiske personale: uddannelser, PD-moduler, ansættelser og særlige funktioner")
class StaffApiController {

    private final StaffService staff;

    StaffApiController(StaffService staff) {
        this.staff = staff;
    }

    @GetMapping
    @Operation(summary = "Medarbejdere, man har adgang til, sorteret efter navn, side for side")
    ApiPage<StaffSummaryResponse> list(
            @Parameter(description = "Kun for ministeriet: hvilken kommune") @RequestParam(required = false) @Nullable
                    Integer kommune,
            @Parameter(description = "Kun medarbejdere ansat på institutionen i dag")
                    @RequestParam(required = false)
                    @Nullable
                    UUID institutionId,
            @RequestParam(required = false) @Nullable StaffRole role,
            @Parameter(description = "Fritekst i navn eller medarbejdernummer")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "Sidenummer, fra 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Antal pr. side, højst 200") @RequestParam(defaultValue = "50") @Min(1) @Max(200)
                    int size) {
        var filter = new StaffFilter(kommune, institutionId, role, q);
        return ApiPage.of(staff.search(filter, new Paged.Request(page, size)).map(StaffSummaryResponse::of));
    }

    @GetMapping("/{staffId}")
    @Operation(summary = "Én medarbejder med uddannelser, PD-moduler, ansættelser og funktioner")
    StaffResponse get(@PathVariable UUID staffId) {
        return StaffResponse.of(staff.get(staffId));
    }

    @PostMapping
    @Operation(summary = "Registrér en medarbejder i egen kommune (kun forvaltningen)")
    ResponseEntity<StaffResponse> create(@Valid @RequestBody CreateStaffRequest request) {
        var created = staff.register(staff.editorKommune(), request.employeeNumber(), request.toRecord());
        return ResponseEntity.created(URI.create("/api/v1/staff/" + created.id()))
                .body(StaffResponse.of(created));
    }

    @PutMapping("/{staffId}")
    @Operation(summary = "Erstat en medarbejders oplysninger; send den version, der blev hentet (409 ved konflikt)")
    StaffResponse update(@PathVariable UUID staffId, @Valid @RequestBody UpdateStaffRequest request) {
        return StaffResponse.of(staff.replace(staffId, request.version(), request.toRecord()));
    }
}
