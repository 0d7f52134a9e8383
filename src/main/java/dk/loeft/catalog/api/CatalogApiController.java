package dk.loeft.catalog.api;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Framework;
import dk.loeft.catalog.Frameworks;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingFilter;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.catalog.OfferingStatus;
import dk.loeft.catalog.Provider;
import dk.loeft.catalog.api.CatalogApiModels.CancelRequest;
import dk.loeft.catalog.api.CatalogApiModels.CheckResponse;
import dk.loeft.catalog.api.CatalogApiModels.FrameworksRequest;
import dk.loeft.catalog.api.CatalogApiModels.OfferingRequest;
import dk.loeft.catalog.api.CatalogApiModels.OfferingResponse;
import dk.loeft.catalog.api.CatalogApiModels.ProviderRequest;
import dk.loeft.catalog.api.CatalogApiModels.VersionRequest;
import dk.loeft.platform.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
@RequestMapping("/api/v1/catalog")
@Tag(name = "Katalog", description = "Udbydere, udbud (kurser og uddannelser) og tjek mod rammerne for kvalitet")
class CatalogApiController {

    private final Catalog catalog;
    private final Frameworks frameworks;
    private final Validator validator;

    CatalogApiController(Catalog catalog, Frameworks frameworks, Validator validator) {
        this.catalog = catalog;
        this.frameworks = frameworks;
        this.validator = validator;
    }

    /**
     * Checks a request to change something named by its id once the id is known to be the caller's
     * (another kommune's id is 404 whatever the body says); every problem in one Danish message.
     */
    private <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(
                    "catalog.api.invalid",
                    violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
        return request;
    }

    @GetMapping("/providers")
    @Operation(summary = "Kommunens udbydere")
    List<Provider> providers() {
        return catalog.providers();
    }

    @PostMapping("/providers")
    @Operation(summary = "Opret en udbyder (kun forvaltningen)")
    ResponseEntity<Provider> createProvider(@Valid @RequestBody ProviderRequest request) {
        Provider created = catalog.createProvider(request.name(), request.providerKind(), request.email());
        return ResponseEntity.created(URI.create("/api/v1/catalog/providers/" + created.id()))
                .body(created);
    }

    @GetMapping("/providers/{providerId}")
    @Operation(summary = "Én udbyder")
    Provider provider(@PathVariable UUID providerId) {
        return catalog.provider(providerId);
    }

    @PutMapping("/providers/{providerId}")
    @Operation(summary = "Ret en udbyder; send den version, der blev hentet (409 ved konflikt)")
    Provider updateProvider(@PathVariable UUID providerId, @RequestBody ProviderRequest request) {
        catalog.provider(providerId);
        valid(request);
        if (request.version() == null) {
            throw new RuleViolationException("catalog.form.version.missing");
        }
        return catalog.updateProvider(
                providerId, request.version(), request.name(), request.providerKind(), request.email());
    }

    @GetMapping("/offerings")
    @Operation(summary = "Udbud, man har adgang til (kladder kun for forvaltningen), nyeste start først")
    List<Offering> offerings(
            @RequestParam(required = false) @Nullable OfferingStatus status,
            @RequestParam(required = false) @Nullable OfferingKind kind,
            @RequestParam(required = false) @Nullable UUID providerId,
            @RequestParam(required = false) @Nullable UUID planInitiative) {
        return catalog.offerings(new OfferingFilter(status, kind, providerId, planInitiative));
    }

    @GetMapping("/offerings/{offeringId}")
    @Operation(summary = "Ét udbud med moduler, undervisningsgange, kvoter og en eventuel aflysning")
    OfferingResponse offering(@PathVariable UUID offeringId) {
        return OfferingResponse.of(
                catalog.offering(offeringId), catalog.cancellation(offeringId).orElse(null));
    }

    @PostMapping("/offerings")
    @Operation(summary = "Opret et udbud som kladde (kun forvaltningen)")
    ResponseEntity<OfferingResponse> create(@Valid @RequestBody OfferingRequest request) {
        Offering created = catalog.create(request.details());
        return ResponseEntity.created(URI.create("/api/v1/catalog/offerings/" + created.id()))
                .body(OfferingResponse.of(created, null));
    }

    @PutMapping("/offerings/{offeringId}")
    @Operation(summary = "Ret et udbud; send den version, der blev hentet (409 ved konflikt)")
    OfferingResponse update(@PathVariable UUID offeringId, @RequestBody OfferingRequest request) {
        catalog.offering(offeringId);
        valid(request);
        if (request.version() == null) {
            throw new RuleViolationException("catalog.form.version.missing");
        }
        return OfferingResponse.of(catalog.update(offeringId, request.requiredVersion(), request.details()), null);
    }

    @PostMapping("/offerings/{offeringId}/publish")
    @Operation(summary = "Offentliggør en kladde, så medarbejderne kan søge")
    OfferingResponse publish(@PathVariable UUID offeringId, @Valid @RequestBody VersionRequest request) {
        return OfferingResponse.of(catalog.publish(offeringId, request.version()), null);
    }

    @PostMapping("/offerings/{offeringId}/cancellation")
    @Operation(summary = "Aflys et udbud med en begrundelse")
    OfferingResponse cancel(@PathVariable UUID offeringId, @Valid @RequestBody CancelRequest request) {
        Offering cancelled =
                catalog.cancel(offeringId, request.version(), request.reason() == null ? "" : request.reason());
        return OfferingResponse.of(cancelled, catalog.cancellation(offeringId).orElse(null));
    }

    @GetMapping("/offerings/{offeringId}/framework-check")
    @Operation(summary = "Udbuddet tjekket mod de valgte rammer: hvert krav med udbuddets eget tal, opfyldt eller ej")
    List<CheckResponse> check(@PathVariable UUID offeringId) {
        return frameworks.check(offeringId).stream().map(CheckResponse::of).toList();
    }

    @PutMapping("/offerings/{offeringId}/frameworks")
    @Operation(summary = "Vælg de rammer, udbuddet tjekkes mod (kun forvaltningen)")
    List<CheckResponse> chooseFrameworks(@PathVariable UUID offeringId, @Valid @RequestBody FrameworksRequest request) {
        catalog.offering(offeringId);
        if (request.frameworkIds() == null) {
            throw new RuleViolationException("catalog.api.frameworkIds");
        }
        frameworks.choose(offeringId, request.frameworkIds());
        return check(offeringId);
    }

    @GetMapping("/frameworks")
    @Operation(summary = "Rammerne for kvalitet (nationale) med deres krav")
    List<Framework> frameworks() {
        return frameworks.frameworks();
    }

    @GetMapping("/frameworks/{frameworkId}")
    @Operation(summary = "Én ramme med dens krav")
    Framework framework(@PathVariable UUID frameworkId) {
        return frameworks.framework(frameworkId);
    }
}
