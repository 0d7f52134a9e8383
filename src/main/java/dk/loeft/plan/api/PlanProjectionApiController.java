package dk.loeft.plan.api;

import dk.loeft.institution.InstitutionService;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanReaders;
import dk.loeft.plan.api.PlanProjectionApiModels.ProjectionResponse;
import dk.loeft.plan.api.PlanProjectionApiModels.ScenarioResponse;
import dk.loeft.plan.document.PlanDocument;
import dk.loeft.plan.document.PlanDocuments;
import dk.loeft.plan.document.PlanDocx;
import dk.loeft.plan.document.PlanPdf;
import dk.loeft.plan.projection.PlanProjections;
import dk.loeft.plan.projection.ProjectionAssumptions;
import dk.loeft.plan.projection.VersionRef;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.web.PdfRenderer;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan version's coverage projection, the comparison of a kommune's plan versions and the plan
 * document (PDF, DOCX). Assumptions are fractions (0.85); a missing one takes its default.
 */
@RestController
@RequestMapping("/api/v1/plans")
class PlanProjectionApiController {

    private final PlanProjections projections;
    private final PlanDocuments documents;
    private final PlanPdf pdf;
    private final PlanDocx docx;
    private final InstitutionService institutions;

    PlanProjectionApiController(
            PlanProjections projections,
            PlanDocuments documents,
            PlanPdf pdf,
            PlanDocx docx,
            InstitutionService institutions) {
        this.projections = projections;
        this.documents = documents;
        this.pdf = pdf;
        this.docx = docx;
        this.institutions = institutions;
    }

    @GetMapping("/{planId}/versions/{versionNo}/projection")
    ProjectionResponse projection(
            @PathVariable UUID planId,
            @PathVariable int versionNo,
            @RequestParam(required = false) @Nullable BigDecimal ftePerParticipant,
            @RequestParam(required = false) @Nullable BigDecimal completionRate,
            @RequestParam(required = false) @Nullable BigDecimal turnoverRate,
            @RequestParam(required = false) @Nullable BigDecimal educatedHireShare) {
        PlanContent plan = projections.content(planId, versionNo);
        var assumptions = assumptions(ftePerParticipant, completionRate, turnoverRate, educatedHireShare);
        return ProjectionResponse.of(planId, versionNo, plan.kommuneCode(), projections.project(plan, assumptions));
    }

    /** Two to four versions ({@code v=planId:versionNo}) of one kommune's plans side by side. */
    @GetMapping("/scenarios")
    ScenarioResponse scenarios(
            @RequestParam(required = false) @Nullable Integer kommune,
            @RequestParam("v") List<String> versions,
            @RequestParam(required = false) @Nullable BigDecimal ftePerParticipant,
            @RequestParam(required = false) @Nullable BigDecimal completionRate,
            @RequestParam(required = false) @Nullable BigDecimal turnoverRate,
            @RequestParam(required = false) @Nullable BigDecimal educatedHireShare) {
        LoeftUser user = PlanReaders.require();
        int code = institutions.kommuneFor(user, kommune).code();
        List<VersionRef> refs = versions.stream()
                .map(text -> {
                    VersionRef ref = VersionRef.parse(text);
                    if (ref == null) {
                        throw new IllegalArgumentException("A version is planId:versionNo, not " + text);
                    }
                    return ref;
                })
                .toList();
        var assumptions = assumptions(ftePerParticipant, completionRate, turnoverRate, educatedHireShare);
        return ScenarioResponse.of(code, projections.compare(code, refs, assumptions));
    }

    @GetMapping("/{planId}/versions/{versionNo}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID planId, @PathVariable int versionNo) {
        PlanDocument document = documents.build(planId, versionNo);
        return PdfRenderer.response(
                MediaType.APPLICATION_PDF, document.fileName() + ".pdf", false, pdf.render(document));
    }

    @GetMapping("/{planId}/versions/{versionNo}/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable UUID planId, @PathVariable int versionNo) {
        PlanDocument document = documents.build(planId, versionNo);
        return PdfRenderer.response(PlanDocx.MEDIA_TYPE, document.fileName() + ".docx", false, docx.render(document));
    }

    private static ProjectionAssumptions assumptions(
            @Nullable BigDecimal fte,
            @Nullable BigDecimal completion,
            @Nullable BigDecimal turnover,
            @Nullable BigDecimal hires) {
        ProjectionAssumptions d = ProjectionAssumptions.DEFAULTS;
        return new ProjectionAssumptions(
                fte == null ? d.ftePerParticipant() : fte,
                completion == null ? d.completionRate() : completion,
                turnover == null ? d.turnoverRate() : turnover,
                hires == null ? d.educatedHireShare() : hires);
    }
}
