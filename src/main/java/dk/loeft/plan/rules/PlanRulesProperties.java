package dk.loeft.plan.rules;

import dk.loeft.staff.StaffRole;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The facts the plan rules need that are not the pool's round data ({@code loeft.plan.rules.*}):
 * the KL agreement on wages during merit education (research §1.6: merit started by 31.7.2026, for
 * pædagogmedhjælpere, pædagogiske assistenter and dagplejere) and Den Kommunale Kompetencefond's
 * pause on new merit grants (research §1.8: 1.12.2023–31.7.2026), with the words by which a cost
 * line's fund name is recognised as that fund.
 */
@Validated
@ConfigurationProperties("loeft.plan.rules")
public record PlanRulesProperties(
        @DefaultValue("2026-07-31") @NotNull LocalDate meritWagesStartBy,

        @DefaultValue({"PAEDAGOGMEDHJAELPER", "PAEDAGOGISK_ASSISTENT", "DAGPLEJER"}) @NotEmpty
        Set<StaffRole> meritWagesRoles,

        @DefaultValue("2023-12-01") @NotNull LocalDate competenceFundMeritPauseFrom,
        @DefaultValue("2026-07-31") @NotNull LocalDate competenceFundMeritPauseTo,
        @DefaultValue({"kompetencefond", "FOA"}) @NotEmpty List<String> competenceFundNames) {

    /** Whether a fund's name names Den Kommunale Kompetencefond (or FOA's part of it). */
    boolean isCompetenceFund(String fundName) {
        String name = fundName.toLowerCase(java.util.Locale.ROOT);
        return competenceFundNames.stream().anyMatch(word -> name.contains(word.toLowerCase(java.util.Locale.ROOT)));
    }
}
