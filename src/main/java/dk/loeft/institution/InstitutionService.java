package dk.loeft.institution;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.Paged;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
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
        return jdbc.sql("select code, name, region, coverage_target, version from kommune order by name")
                .query(Kommune.class)
                .list();
    }

    public Optional<Kommune> kommune(int code) {
        return jdbc.sql("select code, name, region, coverage_target, version from kommune where code = :code")
                .param("code", code)
                .query(Kommune.class)
                .optional();
    }

    /** The kommuner the signed-in user may see: all for the ministry, otherwise their own. */
    public List<Kommune> visibleKommuner() {
        LoeftUser user = currentUser();
        return user.isNational()
                ? allKommuner()
                : kommune(user.kommuneCode()).stream().toList();
    }

    /** A kommune the signed-in user may see, or not found. */
    public Kommune visibleKommune(int code) {
        LoeftUser user = currentUser();
        if (!user.isNational() && user.kommuneCode() != code) {
            throw new NotFoundException();
        }
        return kommune(code).orElseThrow(NotFoundException::new);
    }

    /** The kommune a user acts for: their own, or for the ministry the one they chose. */
    public Kommune kommuneFor(LoeftUser user, @Nullable Integer chosen) {
        int code = user.isNational() && chosen != null ? chosen : user.kommuneCode();
        return kommune(code).orElseThrow(NotFoundException::new);
    }

    /** Changes the target if nobody else has changed it since the form was read (expected version). */
    @Transactional
    public void changeCoverageTarget(int kommuneCode, int expectedVersion, BigDecimal target) {
        requireEditor(kommuneCode);
        if (target.signum() <= 0 || target.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Coverage target must be above 0 and at most 100 %");
        }
        int changed = jdbc.sql("""
                        update kommune set coverage_target = :t, version = version + 1
                         where code = :code and version = :version""")
                .param("t", target)
                .param("code", kommuneCode)
                .param("version", expectedVersion)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Kommune " + kommuneCode + " was changed by someone else");
        }
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
        if (number.isBlank()) {
            throw new RuleViolationException("institution.error.number.required");
        }
        if (findByNumber(kommuneCode, number).isPresent()) {
            throw new RuleViolationException("institution.error.number.taken", number.trim());
        }
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

    /** The kommune whose master data the signed-in user may edit: their own, if they are its forvaltning. */
    public int editorKommune() {
        LoeftUser user = currentUser();
        if (!user.mayEditMasterData()) {
            throw new AccessDeniedException("Kun forvaltningen i kommunen kan ændre stamdata");
        }
        return user.kommuneCode();
    }

    /** An institution the signed-in user may both see and edit, for the edit forms. */
    public Institution editable(UUID id) {
        Institution institution = get(id);
        requireEditor(institution.kommuneCode());
        return institution;
    }

    /** The kommune a user works in: their own, or for the ministry the one asked for (or none: all). */
    private static @Nullable Integer scopeKommune(LoeftUser user, @Nullable Integer asked) {
        return user.isNational() ? asked : Integer.valueOf(user.kommuneCode());
    }

    private static void requireMayListInstitutions(LoeftUser user) {
        if (user.is(Role.STAFF)) {
            throw new AccessDeniedException("Medarbejdere kan ikke se kommunens institutioner");
        }
    }

    // --- Search (read model) -----------------------------------------------------------------

    private static final String SUMMARY_SELECT = """
            select i.id, i.kommune_code, i.number, i.name, i.kind, i.ownership, i.area_id, a.name as area_name,
                   i.street, i.postal_code, i.city, i.version, count(*) over () as total
              from institution i
              left join area a on a.id = i.area_id
            """;

    private static final RowMapper<InstitutionSummary> SUMMARY = (rs, n) -> new InstitutionSummary(
            rs.getObject("id", UUID.class),
            rs.getInt("kommune_code"),
            rs.getString("number"),
            rs.getString("name"),
            InstitutionKind.valueOf(rs.getString("kind")),
            Ownership.valueOf(rs.getString("ownership")),
            rs.getObject("area_id", UUID.class),
            rs.getString("area_name"),
            rs.getString("street"),
            rs.getString("postal_code"),
            rs.getString("city"),
            rs.getInt("version"));

    /**
     * One page of the institutions the signed-in user may see, filtered and sorted by name, in one
     * query. Staff members see no institution lists; a leader sees only their own institutions.
     */
    public Paged<InstitutionSummary> search(InstitutionFilter filter, Paged.Request page) {
        LoeftUser user = currentUser();
        requireMayListInstitutions(user);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        Integer kommune = scopeKommune(user, filter.kommuneCode());
        if (kommune != null) {
            where.add("i.kommune_code = :kommune");
            params.put("kommune", kommune);
        }
        if (user.is(Role.LEADER)) {
            if (user.institutionIds().isEmpty()) {
                return new Paged<>(List.of(), page.page(), page.size(), 0);
            }
            where.add("i.id in (:own)");
            params.put("own", List.copyOf(user.institutionIds()));
        }
        if (filter.kind() != null) {
            where.add("i.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.ownership() != null) {
            where.add("i.ownership = :ownership");
            params.put("ownership", filter.ownership().name());
        }
        if (filter.areaId() != null) {
            where.add("i.area_id = :area");
            params.put("area", filter.areaId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(i.name ilike :text or i.number ilike :text)");
            params.put("text", "%" + likeEscaped(filter.text().trim()) + "%");
        }
        String sql = SUMMARY_SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by i.name, i.number limit :limit offset :offset";
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Long> total = new ArrayList<>();
        List<InstitutionSummary> rows = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> {
                    if (n == 0) {
                        total.add(rs.getLong("total"));
                    }
                    return SUMMARY.mapRow(rs, n);
                })
                .list();
        long count = total.isEmpty() ? countWithout(sql, params, rows.isEmpty() && page.page() > 0) : total.getFirst();
        return new Paged<>(rows, page.page(), page.size(), count);
    }

    private long countWithout(String sql, Map<String, Object> params, boolean pastTheEnd) {
        if (!pastTheEnd) {
            return 0;
        }
        Map<String, Object> first = new LinkedHashMap<>(params);
        first.put("limit", 1);
        first.put("offset", 0);
        return jdbc.sql(sql)
                .params(first)
                .query((rs, n) -> rs.getLong("total"))
                .optional()
                .orElse(0L);
    }

    /** One institution as the lists show it (with its area's name), if the user may see it. */
    public InstitutionSummary summary(UUID id) {
        Institution institution = get(id);
        return jdbc.sql(SUMMARY_SELECT + " where i.id = :id")
                .param("id", institution.id())
                .query(SUMMARY)
                .single();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    // --- Areas -------------------------------------------------------------------------------

    /** The areas of the user's kommune (for the ministry: of the kommune asked for). */
    public List<Area> areasFor(@Nullable Integer kommuneCode) {
        LoeftUser user = currentUser();
        requireMayListInstitutions(user);
        Integer kommune = scopeKommune(user, kommuneCode);
        if (kommune == null) {
            throw new RuleViolationException("institution.error.kommune.required");
        }
        return areas.findByKommuneCodeOrderByName(kommune);
    }

    /** An area of the user's own kommune (any kommune for the ministry), or not found. */
    public Area getArea(UUID id) {
        LoeftUser user = currentUser();
        requireMayListInstitutions(user);
        return areas.findById(id)
                .filter(a -> user.isNational() || a.kommuneCode() == user.kommuneCode())
                .orElseThrow(NotFoundException::new);
    }

    @Transactional
    public Area createArea(String name) {
        int kommuneCode = editorKommune();
        String trimmed = requireAreaName(name);
        if (areas.findByKommuneCodeAndName(kommuneCode, trimmed).isPresent()) {
            throw new RuleViolationException("institution.area.error.name.taken", trimmed);
        }
        return areas.save(Area.create(kommuneCode, trimmed));
    }

    @Transactional
    public Area renameArea(UUID id, int expectedVersion, String name) {
        Area area = getArea(id);
        requireEditor(area.kommuneCode());
        if (area.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Area " + id + " was changed by someone else");
        }
        String trimmed = requireAreaName(name);
        if (areas.findByKommuneCodeAndName(area.kommuneCode(), trimmed)
                .filter(other -> !other.id().equals(id))
                .isPresent()) {
            throw new RuleViolationException("institution.area.error.name.taken", trimmed);
        }
        return areas.save(new Area(area.id(), area.kommuneCode(), trimmed, area.version()));
    }

    private static String requireAreaName(String name) {
        if (name.isBlank()) {
            throw new RuleViolationException("institution.area.error.name.required");
        }
        return name.trim();
    }

    // --- Children counts ---------------------------------------------------------------------

    public Optional<ChildrenCount> childrenCount(UUID institutionId, LocalDate month) {
        return childrenCounts.findByInstitutionIdAndMonth(get(institutionId).id(), month.withDayOfMonth(1));
    }

    /**
     * Records the children of one month, guarding against lost updates: the caller states the
     * version of the count it saw, or null when it saw none. A count someone else created or
     * changed in the meantime is a conflict, never silently overwritten.
     */
    @Transactional
    public ChildrenCount recordChildren(
            UUID institutionId, LocalDate month, BigDecimal c02, BigDecimal c35, @Nullable Integer expectedVersion) {
        Institution institution = get(institutionId);
        requireEditor(institution.kommuneCode());
        Optional<ChildrenCount> existing =
                childrenCounts.findByInstitutionIdAndMonth(institution.id(), month.withDayOfMonth(1));
        Integer actual = existing.map(ChildrenCount::version).orElse(null);
        if (!Objects.equals(actual, expectedVersion)) {
            throw new OptimisticLockingFailureException(
                    "Children count of " + institutionId + " in " + month + " was changed by someone else");
        }
        return recordChildren(institutionId, month, c02, c35);
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
