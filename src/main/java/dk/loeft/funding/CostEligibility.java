package dk.loeft.funding;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether spending of a cost category booked on a date may be paid from the pool (research §1.5,
 * R5; wages from the KL agreement of 1.12.2023, §1.6): some round of the pool must cover the date
 * and pay for the category. Wages (LOEN) and substitutes (VIKAR) are paid from the round's own date
 * for them ({@code wages_eligible_from}, {@code substitutes_eligible_from}; none set = never); the
 * other categories when the round lists them among its eligible costs.
 */
public final class CostEligibility {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private CostEligibility() {}

    /** Why the spending is not eligible, as a message key and its arguments; empty when it is. */
    public record Breach(String messageKey, List<String> arguments) {}

    public static Optional<Breach> check(List<LedgerRound> rounds, CostCategory category, LocalDate bookedOn) {
        List<LedgerRound> covering =
                rounds.stream().filter(r -> r.covers(bookedOn)).toList();
        if (covering.isEmpty()) {
            return breach("ledger.rule.noRound", DATE.format(bookedOn));
        }
        if (covering.stream().anyMatch(r -> pays(r, category, bookedOn))) {
            return Optional.empty();
        }
        return switch (category) {
            case LOEN ->
                covering.stream()
                        .map(LedgerRound::wagesEligibleFrom)
                        .filter(Objects::nonNull)
                        .min(LocalDate::compareTo)
                        .map(from -> breach("ledger.rule.wagesFrom", DATE.format(from)))
                        .orElseGet(() -> breach("ledger.rule.wagesNever"));
            case VIKAR ->
                covering.stream()
                        .map(LedgerRound::substitutesEligibleFrom)
                        .filter(Objects::nonNull)
                        .min(LocalDate::compareTo)
                        .map(from -> breach("ledger.rule.substitutesFrom", DATE.format(from)))
                        .orElseGet(() -> breach("ledger.rule.substitutesNever"));
            default -> breach("ledger.rule.category", DATE.format(bookedOn));
        };
    }

    /** The categories some round pays on some date: the ones a form offers (the date decides the rest). */
    public static List<CostCategory> payable(List<LedgerRound> rounds) {
        return java.util.Arrays.stream(CostCategory.values())
                .filter(c -> rounds.stream().anyMatch(r -> switch (c) {
                    case LOEN -> r.wagesEligibleFrom() != null;
                    case VIKAR -> r.substitutesEligibleFrom() != null;
                    default -> r.eligibleCosts().contains(c);
                }))
                .toList();
    }

    private static boolean pays(LedgerRound round, CostCategory category, LocalDate bookedOn) {
        return switch (category) {
            case LOEN -> round.wagesEligibleFrom() != null && !bookedOn.isBefore(round.wagesEligibleFrom());
            case VIKAR ->
                round.substitutesEligibleFrom() != null && !bookedOn.isBefore(round.substitutesEligibleFrom());
            default -> round.eligibleCosts().contains(category);
        };
    }

    private static Optional<Breach> breach(String key, String... args) {
        return Optional.of(new Breach(key, List.of(args)));
    }
}
