package dk.loeft.funding.web;

import dk.loeft.funding.CostCategory;
import dk.loeft.funding.FundingRound;
import dk.loeft.funding.RoundRules;
import dk.loeft.funding.RoundSource;
import dk.loeft.funding.RoundYear;
import dk.loeft.funding.SourceStatus;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The round edit form: amounts as whole kroner (thousands dots allowed), the cap as a percentage
 * with a decimal comma, and for each documented field (in {@link RoundSource#FIELDS} order) a status
 * and a reference; a field with an empty reference has no source.
 */
record RoundForm(
        @Nullable @NotBlank(message = "{funding.round.form.name.required}") @Size(max = 200)
        String name,

        @Nullable List<String> amountKroner,
        @Nullable List<String> oneOffKroner,

        @Nullable @NotNull(message = "{funding.round.form.number.required}")
        Integer keyAgeFrom,

        @Nullable @NotNull(message = "{funding.round.form.number.required}")
        Integer keyAgeTo,

        @Nullable @NotNull(message = "{funding.round.form.number.required}")
        Integer keyReferenceYear,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startWindowFrom,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startWindowTo,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate completionDeadline,

        @Nullable @NotBlank(message = "{funding.round.form.cap.required}")
        String informalCapPercent,

        @Nullable Set<CostCategory> eligibleCosts,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate wagesEligibleFrom,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate substitutesEligibleFrom,

        @Nullable Set<InstitutionKind> eligibleKinds,
        @Nullable Set<Ownership> eligibleOwnerships,

        @Nullable @NotNull(message = "{funding.round.form.number.required}")
        Integer priceLevelYear,

        boolean localPlanRequired,
        @Nullable List<SourceStatus> sourceStatus,
        @Nullable List<String> sourceReference,
        @Nullable Integer version) {

    static RoundForm of(FundingRound round) {
        List<String> references = new ArrayList<>();
        List<SourceStatus> status = new ArrayList<>();
        for (String field : RoundSource.FIELDS) {
            var source = round.source(field);
            status.add(source.map(RoundSource::status).orElse(SourceStatus.NOT_FOUND));
            references.add(source.map(RoundSource::reference).orElse(""));
        }
        return new RoundForm(
                round.name(),
                round.years().stream().map(y -> kroner(y.amountOere())).toList(),
                round.years().stream().map(y -> kroner(y.oneOffOere())).toList(),
                round.keyAgeFrom(),
                round.keyAgeTo(),
                round.keyReferenceYear(),
                round.startWindowFrom(),
                round.startWindowTo(),
                round.completionDeadline(),
                round.informalCapPercent().stripTrailingZeros().toPlainString().replace('.', ','),
                round.eligibleCosts(),
                round.wagesEligibleFrom(),
                round.substitutesEligibleFrom(),
                round.eligibleKinds(),
                round.eligibleOwnerships(),
                round.priceLevelYear(),
                round.localPlanRequired(),
                status,
                references,
                round.version());
    }

    /** The form's value for the i-th year or source, for redisplay ("" or null where there is none). */
    public String amount(int index) {
        return at(amountKroner, index);
    }

    public String oneOff(int index) {
        return at(oneOffKroner, index);
    }

    @Nullable
    public SourceStatus status(int index) {
        return sourceStatus == null || index >= sourceStatus.size() ? null : sourceStatus.get(index);
    }

    public String reference(int index) {
        return at(sourceReference, index);
    }

    private static String kroner(long oere) {
        return Long.toString(oere / 100);
    }

    /** The rules of a valid form; adds a field error and returns null where a value cannot be read. */
    @Nullable
    RoundRules rules(FundingRound round, BindingResult errors) {
        List<RoundYear> years = new ArrayList<>();
        List<RoundYear> current = round.years();
        for (int i = 0; i < current.size(); i++) {
            Long amount = wholeKroner(at(amountKroner, i));
            Long oneOff = wholeKroner(at(oneOffKroner, i).isBlank() ? "0" : at(oneOffKroner, i));
            if (amount == null || oneOff == null) {
                errors.reject(
                        "funding.round.form.amount",
                        new Object[] {current.get(i).year()},
                        null);
                continue;
            }
            years.add(new RoundYear(current.get(i).year(), amount * 100, oneOff * 100));
        }
        BigDecimal cap = percent(informalCapPercent);
        if (cap == null) {
            errors.rejectValue("informalCapPercent", "funding.round.form.cap");
        }
        List<RoundSource> sources = new ArrayList<>();
        for (int i = 0; i < RoundSource.FIELDS.size(); i++) {
            String reference = at(sourceReference, i);
            if (!reference.isBlank()) {
                SourceStatus status = sourceStatus == null || i >= sourceStatus.size() || sourceStatus.get(i) == null
                        ? SourceStatus.NOT_FOUND
                        : sourceStatus.get(i);
                sources.add(new RoundSource(RoundSource.FIELDS.get(i), status, reference));
            }
        }
        if (errors.hasErrors() || cap == null) {
            return null;
        }
        return new RoundRules(
                String.valueOf(name),
                years,
                java.util.Objects.requireNonNull(keyAgeFrom),
                java.util.Objects.requireNonNull(keyAgeTo),
                java.util.Objects.requireNonNull(keyReferenceYear),
                startWindowFrom,
                startWindowTo,
                completionDeadline,
                cap,
                eligibleCosts == null
                        ? EnumSet.noneOf(CostCategory.class)
                        : nonEmpty(eligibleCosts, CostCategory.class),
                wagesEligibleFrom,
                substitutesEligibleFrom,
                eligibleKinds == null
                        ? EnumSet.noneOf(InstitutionKind.class)
                        : nonEmpty(eligibleKinds, InstitutionKind.class),
                eligibleOwnerships == null
                        ? EnumSet.noneOf(Ownership.class)
                        : nonEmpty(eligibleOwnerships, Ownership.class),
                java.util.Objects.requireNonNull(priceLevelYear),
                localPlanRequired,
                sources);
    }

    private static <E extends Enum<E>> Set<E> nonEmpty(Set<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        values.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        return set;
    }

    private static String at(@Nullable List<String> values, int index) {
        if (values == null || index >= values.size() || values.get(index) == null) {
            return "";
        }
        return values.get(index).trim();
    }

    /** "195.900.000" or "195900000" → 195900000; anything else (decimals, letters, negative) → null. */
    static @Nullable Long wholeKroner(String text) {
        String digits = text.replace(".", "").replace(" ", "").replace("\u00A0", "");
        if (!digits.matches("\\d{1,15}") || (text.contains(".") && !text.matches("\\d{1,3}(\\.\\d{3})+"))) {
            return null;
        }
        return Long.parseLong(digits);
    }

    private static @Nullable BigDecimal percent(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace("%", "").trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
