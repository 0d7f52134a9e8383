package dk.loeft.institution.api;

import dk.loeft.institution.InstitutionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/areas")
@Tag(name = "Områder", description = "Kommunens områder (distrikter), som grupperer institutionerne")
class AreaApiController {

    private final InstitutionService institutions;

    AreaApiController(InstitutionService institutions) {
        this.institutions = institutions;
    }

    @GetMapping
    @Operation(summary = "Kommunens områder, sorteret efter navn")
    List<AreaResponse> list(
            @Parameter(description = "Kun for ministeriet: hvilken kommune") @RequestParam(required = false) @Nullable
                    Integer kommune) {
        return institutions.areasFor(kommune).stream().map(AreaResponse::of).toList();
    }

    @GetMapping("/{areaId}")
    @Operation(summary = "Ét område")
    AreaResponse get(@PathVariable UUID areaId) {
        return AreaResponse.of(institutions.getArea(areaId));
    }

    @PostMapping
    @Operation(summary = "Opret et område i egen kommune (kun forvaltningen)")
    ResponseEntity<AreaResponse> create(@Valid @RequestBody AreaRequest request) {
        AreaResponse created = AreaResponse.of(institutions.createArea(request.name()));
        return ResponseEntity.created(URI.create("/api/v1/areas/" + created.id()))
                .body(created);
    }
}
