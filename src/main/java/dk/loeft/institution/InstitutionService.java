package dk.loeft.institution;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.tenancy.Tenancy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institution module's one entry point. Every call acts for the signed-in user's kommune; a
 * leader sees only their own institutions. Ids of other kommuner are simply not found.
 */
@Service
@Transactional(readOnly = true)
public class InstitutionService {

    private final InstitutionRepository institutions;
    private final AreaRepository areas;
    private final ChildrenCountRepository childrenCounts;
    private final JdbcClient jdbc;

    InstitutionService(
            InstitutionRepository institutions,
            AreaRepository areas,
            ChildrenCountRepository childrenCounts,
            JdbcClient jdbc) {
        this.institutions = institutions;
        this.areas = areas;
        this.childrenCounts = childrenCounts;
        this.jdbc = jdbc;
    }

    public List<Kommune> allKommuner() {
        return jdbc.sql("select code, name, region, coverage_target from kommune order by name")
                .query(Kommune.class)
                .list();
    }

    public Optional<Kommune> kommune(int code) {
        return jdbc.sql("select code, name, region, coverage_target from kommune where code = :code")
                .param("code", code)
                .query(Kommune.class)
                .optional();
    }

    /** The kommune a user acts for: their own, or for the ministry the one they chose. */
    public Kommune kommuneFor(LoeftUser user, @Nullable Integer chosen) {
        int code = user.isNational() && chosen != null ? chosen : user.kommuneCode();
        return kommune(code).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public void changeCoverageTarget(int kommuneCode, BigDecimal target) {
        requireEditor(kommuneCode);
        if (target.signum() <= 0 || target.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Coverage target must be above 0 and at most 100 %");
        }
        jdbc.sql("update kommune set coverage_target = :t, version = version + 1 where code = :code")
                .param("t", target)
                .param("code", kommuneCode)
                .update();
    }

    public List<Area> areas(int kommuneCode) {
        return areas.findByKommuneCodeOrderByName(kommuneCode);
    }

    @Transactional
    public Area findOrCreateArea(int kommuneCode, String name) {
        requireEditor(kommuneCode);
        return areas.findByKommuneCodeAndName(kommuneCode, name.trim())
                .orElseGet(() -> areas.save(Area.create(kommuneCode, name)));
    }

    /** An institution the signed-in user may see, or not found. */
    public Institution get(UUID id) {
        LoeftUser user = currentUser();
        Optional<Institution> found = user.isNational()
                ? institutions.findById(id)
                : institutions.findByIdAndKommuneCode(id, user.kommuneCode());
        return found.filter(i -> user.mayViewInstitution(i.id())).orElseThrow(NotFoundException::new);
    }

    public Optional<Institution> findByNumber(int kommuneCode, String number) {
        return institutions.findByKommuneCodeAndNumber(kommuneCode, number.trim());
    }

    public List<Institution> institutionsOf(int kommuneCode) {
        return institutions.findByKommuneCodeOrderByName(kommuneCode).stream()
                .filter(i -> currentUser().mayViewInstitution(i.id()))
                .toList();
    }

    @Transactional
    public Institution create(int kommuneCode, String number, InstitutionDetails details) {
        requireEditor(kommuneCode);
        requireAreaOfKommune(kommuneCode, details.areaId());
        return institutions.save(Institution.create(kommuneCode, number, details));
    }

    @Transactional
    public Institution update(UUID id, int expectedVersion, InstitutionDetails details) {
        Institution institution = get(id);
        requireEditor(institution.kommuneCode());
        requireAreaOfKommune(institution.kommuneCode(), details.areaId());
        institution.expectVersion(expectedVersion);
        institution.update(details);
        return institutions.save(institution);
    }

    public List<ChildrenCount> childrenCounts(UUID institutionId) {
        return childrenCounts.findByInstitutionIdOrderByMonthDesc(
                get(institutionId).id());
    }

    @Transactional
    public ChildrenCount recordChildren(UUID institutionId, LocalDate month, BigDecimal c02, BigDecimal c35) {
        Institution institution = get(institutionId);
        requireEditor(institution.kommuneCode());
        LocalDate first = month.withDayOfMonth(1);
        ChildrenCount count = childrenCounts
                .findByInstitutionIdAndMonth(institution.id(), first)
                .map(existing -> existing.withCounts(c02, c35))
                .orElseGet(() -> ChildrenCount.of(institution.kommuneCode(), institution.id(), first, c02, c35));
        return childrenCounts.save(count);
    }

    private void requireAreaOfKommune(int kommuneCode, @Nullable UUID areaId) {
        if (areaId != null
                && areas.findById(areaId)
                        .filter(a -> a.kommuneCode() == kommuneCode)
                        .isEmpty()) {
            throw new NotFoundException();
        }
    }

    private static void requireEditor(int kommuneCode) {
        LoeftUser user = currentUser();
        if (!user.mayEditMasterData() || user.kommuneCode() != kommuneCode) {
            throw new AccessDeniedException("Kun forvaltningen i kommunen kan ændre stamdata");
        }
    }

    private static LoeftUser currentUser() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }
}
