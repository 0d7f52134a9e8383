package dk.loeft.plan;

import dk.loeft.funding.CostCategory;
import dk.loeft.staff.StaffRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;

/**
 * An initiative (indsats) of a plan version: what it is, for whom, by which provider, when, how
 * many start each year and what it costs.
 *
 * @param informal counts against the informal-upskilling cap (R3); defaults from the kind
 * @param targetRoles the posts the initiative is for (target group)
 * @param start the first participant's start (R1 start window)
 * @param end the planned end of the last participant (R2 completion deadline)
 * @param monthsPerParticipant how long one participant takes; a cohort starting in year Y completes
 *     in the year of (its start + these months)
 * @param intakePerYear participants starting, by calendar year
 */
public record PlannedInitiative(
        UUID id,
        String name,
        InitiativeKind kind,
        boolean informal,
        String targetGroup,
        Set<StaffRole> targetRoles,
        String provider,
        LocalDate start,
        LocalDate end,
        int monthsPerParticipant,
        SortedMap<Integer, Integer> intakePerYear,
        String description,
        List<CostLine> costs) {

    /** The pool's cost category of one of this initiative's lines: informal initiatives count all as UFORMEL. */
    public CostCategory categoryOf(CostLine line) {
        return informal ? CostCategory.UFORMEL : line.type().category();
    }

    public int seats() {
        return intakePerYear.values().stream().mapToInt(Integer::intValue).sum();
    }

    public long totalOere() {
        return costs.stream().mapToLong(CostLine::amountOere).sum();
    }
}
