package dk.loeft.institution.api;

import dk.loeft.institution.InstitutionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/institutions/{institutionId}/children-counts")
@Tag(name = "Børnetal", description = "Indskrevne børn pr. institution og måned, fordelt på 0-2 og 3-5 år")
class ChildrenCountApiController {

    private final InstitutionService institutions;

    ChildrenCountApiController(InstitutionService institutions) {
        this.institutions = institutions;
    }

    @GetMapping
    @Operation(summary = "Institutionens børnetal, nyeste måned først")
    List<ChildrenCountResponse> list(@PathVariable UUID institutionId) {
        return institutions.childrenCounts(institutionId).stream()
                .map(ChildrenCountResponse::of)
                .toList();
    }

    @PutMapping("/{month}")
    @Operation(summary = "Registrér børnetallet for en måned (kun forvaltningen)")
    ChildrenCountResponse record(
            @PathVariable UUID institutionId,
            @Parameter(description = "Måneden som ÅÅÅÅ-MM", example = "2026-01") @PathVariable YearMonth month,
            @Valid @RequestBody ChildrenCountRequest request) {
        return ChildrenCountResponse.of(institutions.recordChildren(
                institutionId, month.atDay(1), request.children02(), request.children35(), request.version()));
    }
}
