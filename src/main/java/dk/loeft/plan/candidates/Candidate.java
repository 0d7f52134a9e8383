package dk.loeft.plan.candidates;

import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person in the candidate list: who, at which institution (the one of theirs furthest below
 * the coverage target), how far below the target it is, and whether they may start the track.
 *
 * @param coverage the institution's education coverage share (0.623), null without pedagogical staff
 * @param gap the target less the coverage, in share (0.12 = 12 points); 0 when the target is met
 * @param nominationId the person's standing nomination for the track, if any
 */
public record Candidate(
        UUID staffId,
        String employeeNumber,
        String name,
        StaffRole role,
        int age,
        int experienceMonths,
        UUID institutionId,
        String institutionName,
        @Nullable BigDecimal coverage,
        BigDecimal gap,
        Eligibility eligibility,
        @Nullable UUID nominationId) {}
