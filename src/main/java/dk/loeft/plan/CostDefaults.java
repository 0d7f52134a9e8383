package dk.loeft.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cost model's defaults per kind of initiative, from research §1.5, §1.8 and §5 (merit fee
 * 7.000 kr. a semester at KP, books 5.000 kr. a student as in Rødovre's plan, substitutes 74 hours a
 * student a year at 250 kr., jobrotation 203,17 kr. an hour in 2024). Every suggested line is an
 * ordinary line the kommune edits afterwards.
 */
public final class CostDefaults {

    /** The jobrotation refund per hour, 2024 (research §1.8); never for PAU (R9). */
    public static final long JOBROTATION_RATE_OERE = 20_317;

    /** Substitute cover per hour, as in Rødovre's plan. */
    public static final long SUBSTITUTE_RATE_OERE = 25_000;

    /**
     * One suggested line for one year's intake.
     *
     * @param textKey message key of the line's text
     * @param perParticipant quantity per participant (semesters, hours, 1 for a grant)
     */
    public record Suggestion(CostType type, String textKey, BigDecimal perParticipant, long unitPriceOere) {

        public BigDecimal quantity(int participants) {
            return perParticipant.multiply(BigDecimal.valueOf(participants));
        }
    }

    private CostDefaults() {}

    public static List<Suggestion> suggestions(InitiativeKind kind) {
        return switch (kind) {
            case MERIT_NET, MERIT_CAMPUS, MERIT_SPORSKIFTE ->
                List.of(
                        new Suggestion(CostType.TUITION, "plans.suggest.meritTuition", BigDecimal.TWO, 700_000),
                        new Suggestion(CostType.BOOKS, "plans.suggest.books", BigDecimal.ONE, 500_000),
                        new Suggestion(
                                CostType.SUBSTITUTES,
                                "plans.suggest.substitutes",
                                BigDecimal.valueOf(74),
                                SUBSTITUTE_RATE_OERE));
            case PAU_EUD, PAU_EUV1, PAU_EUV2, PAU_EUV3 ->
                List.of(new Suggestion(CostType.BOOKS, "plans.suggest.pauMaterials", BigDecimal.ONE, 250_000));
            case DIPLOMA_MODULE ->
                List.of(new Suggestion(CostType.TUITION, "plans.suggest.module", BigDecimal.ONE, 1_350_000));
            case PD_WHOLE ->
                List.of(new Suggestion(CostType.TUITION, "plans.suggest.module", BigDecimal.TWO, 1_350_000));
            case AKADEMI, FAGLIG_FYRTAARN, LEADERSHIP, PAEDAGOGFAGLIG_SPECIALIST ->
                List.of(new Suggestion(CostType.TUITION, "plans.suggest.course", BigDecimal.ONE, 1_000_000));
            case PRAKTIKVEJLEDER ->
                List.of(new Suggestion(CostType.TUITION, "plans.suggest.course", BigDecimal.ONE, 600_000));
            case AMU -> List.of(new Suggestion(CostType.TRANSPORT, "plans.suggest.transport", BigDecimal.ONE, 50_000));
            case SHORT_COURSE_UNSKILLED, INTRO_ASSISTANTS, INFORMAL ->
                List.of(
                        new Suggestion(CostType.TUITION, "plans.suggest.course", BigDecimal.ONE, 180_000),
                        new Suggestion(CostType.BOOKS, "plans.suggest.compendium", BigDecimal.ONE, 25_000));
        };
    }
}
