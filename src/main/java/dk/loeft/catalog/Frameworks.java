package dk.loeft.catalog;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quality frames (rammer, seed 003) as data, which frames the forvaltning checks each offering
 * against, and the check itself. Frames are national and read by everyone; they are maintained
 * in the database (migration), not edited in Løft.
 */
@Service
@Transactional(readOnly = true)
public class Frameworks {

    private final JdbcClient jdbc;
    private final Catalog catalog;

    Frameworks(JdbcClient jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** Every frame with its demands, in the order of seed 003. */
    public List<Framework> frameworks() {
        return load(null);
    }

    public Framework framework(UUID id) {
        return load(id).stream().findFirst().orElseThrow(NotFoundException::new);
    }

    /** The frames the forvaltning chose for an offering the signed-in user may see. */
    public List<Framework> chosenFor(UUID offeringId) {
        catalog.offering(offeringId);
        Set<UUID> chosen = Set.copyOf(jdbc.sql("select framework from offering_framework where offering = :o")
                .param("o", offeringId)
                .query(UUID.class)
                .list());
        return frameworks().stream().filter(f -> chosen.contains(f.id())).toList();
    }

    /** The offering checked against each frame chosen for it. */
    public List<FrameworkCheck> check(UUID offeringId) {
        Offering offering = catalog.offering(offeringId);
        return chosenFor(offeringId).stream().map(f -> f.check(offering)).toList();
    }

    /** Sets the frames an offering is checked against (the forvaltning's choice); unknown frames are refused. */
    @Transactional
    public void choose(UUID offeringId, Collection<UUID> frameworkIds) {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (!user.is(Role.KOMMUNE_ADMIN)) {
            throw new AccessDeniedException("Kun forvaltningen vælger rammer");
        }
        Offering offering = catalog.offering(offeringId);
        Set<UUID> known =
                new java.util.HashSet<>(frameworks().stream().map(Framework::id).toList());
        if (!known.containsAll(frameworkIds)) {
            throw new RuleViolationException("catalog.error.framework");
        }
        jdbc.sql("delete from offering_framework where offering = :o")
                .param("o", offeringId)
                .update();
        for (UUID framework : Set.copyOf(frameworkIds)) {
            jdbc.sql("insert into offering_framework (offering, framework, kommune_code) values (:o, :f, :k)")
                    .param("o", offeringId)
                    .param("f", framework)
                    .param("k", offering.kommuneCode())
                    .update();
        }
    }

    private List<Framework> load(@Nullable UUID only) {
        Map<UUID, List<FrameworkDemand>> demands = new HashMap<>();
        jdbc.sql("""
                select framework, code, label, attribute, operator, value, tolerance, source from framework_demand
                 where cast(:f as uuid) is null or framework = :f order by framework, position""").param("f", only).query(rs -> {
            demands.computeIfAbsent(rs.getObject("framework", UUID.class), k -> new ArrayList<>())
                    .add(new FrameworkDemand(
                            rs.getString("code"),
                            rs.getString("label"),
                            FrameworkAttribute.valueOf(rs.getString("attribute")),
                            DemandOperator.valueOf(rs.getString("operator")),
                            rs.getString("value"),
                            rs.getBigDecimal("tolerance"),
                            rs.getString("source")));
        });
        Map<UUID, Framework> frameworks = new LinkedHashMap<>();
        jdbc.sql("""
                select id, code, name, target, source from framework
                 where cast(:f as uuid) is null or id = :f order by position""").param("f", only).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            frameworks.put(
                    id,
                    new Framework(
                            id,
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getString("target"),
                            rs.getString("source"),
                            demands.getOrDefault(id, List.of())));
        });
        return List.copyOf(frameworks.values());
    }
}
