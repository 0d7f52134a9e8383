package dk.loeft.enrolment;

import dk.loeft.catalog.Offering;
import dk.loeft.institution.InstitutionSummary;
import dk.loeft.plan.candidates.Condition;
import dk.loeft.plan.candidates.EligibilityRules;
import dk.loeft.staff.StaffMember;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whether a person may take one offering, every condition with its reason: the pool's target group
 * (R4: pedagogical staff at a municipal daginstitution or the municipal dagpleje), the offering's
 * target roles, and, for an offering on a track, the track's admission rule (R6 merit, R8 PAU,
 * diploma) on the offering's start date.
 */
public record ChoiceEligibility(UUID offeringId, List<Condition> conditions) {

    static final String PEDAGOGICAL = "plan.candidate.pedagogical";
    static final String MUNICIPAL = "enrolment.application.rule.municipal";
    static final String NO_INSTITUTION = "enrolment.application.rule.noInstitution";

    public ChoiceEligibility {
        conditions = List.copyOf(conditions);
    }

    public static ChoiceEligibility assess(
            StaffMember person, @Nullable InstitutionSummary institution, Offering offering) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(new Condition(PEDAGOGICAL, List.of(), person.role().isPedagogical()));
        conditions.add(
                institution == null
                        ? new Condition(NO_INSTITUTION, List.of(), false)
                        : new Condition(MUNICIPAL, List.of(institution.name()), institution.poolEligible()));
        conditions.add(new Condition(
                "enrolment.application.rule.targetRoles", List.of(offering.title()), offering.isFor(person.role())));
        if (offering.programme() != null && EligibilityRules.covers(offering.programme())) {
            EligibilityRules.assess(offering.programme(), person, offering.startDate()).conditions().stream()
                    .filter(c -> !c.messageKey().equals(PEDAGOGICAL))
                    .forEach(conditions::add);
        }
        return new ChoiceEligibility(offering.id(), conditions);
    }

    /** Every condition is met. */
    public boolean eligible() {
        return conditions.stream().allMatch(Condition::met);
    }

    /** The person is in the pool's target group (R4); if not, only the kommune's own budget can pay. */
    public boolean inTargetGroup() {
        return conditions.stream()
                .filter(c -> c.messageKey().equals(PEDAGOGICAL)
                        || c.messageKey().equals(MUNICIPAL)
                        || c.messageKey().equals(NO_INSTITUTION))
                .allMatch(Condition::met);
    }
}
