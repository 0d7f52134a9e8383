package dk.loeft.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The demand rules of the quality frames (seed 003), each at its boundaries. */
class FrameworkRulesTests {

    static final FrameworkDemand HOURS =
            demand(FrameworkAttribute.HOURS_PER_LEARNING_DAY, DemandOperator.APPROXIMATELY, "7.5", "0.5");
    static final FrameworkDemand DAYS =
            demand(FrameworkAttribute.LEARNING_DAYS, DemandOperator.APPROXIMATELY, "3", "0");
    static final FrameworkDemand TEN_ECTS = demand(FrameworkAttribute.ECTS, DemandOperator.APPROXIMATELY, "10", "0");
    static final FrameworkDemand FIVE_PER_MODULE =
            demand(FrameworkAttribute.MODULE_ECTS, DemandOperator.APPROXIMATELY, "5", "0");
    static final FrameworkDemand TWO_MODULES =
            demand(FrameworkAttribute.MODULES, DemandOperator.APPROXIMATELY, "2", "0");
    static final FrameworkDemand FORTY_HOURS =
            demand(FrameworkAttribute.TEACHING_HOURS, DemandOperator.AT_LEAST, "40", "0");
    static final FrameworkDemand DOCUMENTATION =
            demand(FrameworkAttribute.COMPLETION_DOCUMENT, DemandOperator.REQUIRED, "", "0");
    static final FrameworkDemand EXAM = demand(FrameworkAttribute.EXAM, DemandOperator.REQUIRED, "", "0");
    static final FrameworkDemand FYRTAARNE =
            demand(FrameworkAttribute.TARGET_ROLES, DemandOperator.WITHIN, "PAEDAGOG", "0");
    static final FrameworkDemand ATTENDANCE =
            demand(FrameworkAttribute.DELIVERY, DemandOperator.ONE_OF, "PLACE,BLENDED", "0");

    @Test
    void aLearningDayOfAboutSevenAndAHalfHoursMeetsTheDemandWithinItsTolerance() {
        assertThat(HOURS.isMetBy(hours("7.5"))).isTrue();
        assertThat(HOURS.isMetBy(hours("7.0"))).isTrue();
        assertThat(HOURS.isMetBy(hours("8.0"))).isTrue();
        assertThat(HOURS.isMetBy(hours("6.9"))).isFalse();
        assertThat(HOURS.isMetBy(hours("8.1"))).isFalse();
    }

    @Test
    void withoutToleranceSevenHoursMissesSevenAndAHalf() {
        FrameworkDemand exact =
                demand(FrameworkAttribute.HOURS_PER_LEARNING_DAY, DemandOperator.APPROXIMATELY, "7.5", "0");
        assertThat(exact.isMetBy(hours("7.0"))).isFalse();
        assertThat(exact.isMetBy(hours("7.50"))).isTrue();
    }

    @Test
    void threeLearningDaysAreNeitherTwoNorFour() {
        assertThat(DAYS.attribute().of(offering(format(3, "7.5", 22, 0, false, true), List.of())))
                .satisfies(f -> assertThat(DAYS.isMetBy(f)).isTrue());
        assertThat(DAYS.isMetBy(Figure.number(2))).isFalse();
        assertThat(DAYS.isMetBy(Figure.number(4))).isFalse();
    }

    @Test
    void aFiveEctsModuleMissesTheFyrtaarnFrameOfTenEcts() {
        Offering five = offering(diploma(), List.of(new OfferingModule("Faglig sparring", 5)));
        Offering ten = offering(diploma(), List.of(new OfferingModule("Pædagogisk arbejde med læreplanen", 10)));

        assertThat(TEN_ECTS.isMetBy(TEN_ECTS.attribute().of(five))).isFalse();
        assertThat(TEN_ECTS.isMetBy(TEN_ECTS.attribute().of(ten))).isTrue();
    }

    @Test
    void theLeadersFrameWantsTwoModulesOfFiveEctsEach() {
        Offering twoFives = offering(
                diploma(),
                List.of(new OfferingModule("Faglig ledelse 1", 5), new OfferingModule("Faglig ledelse 2", 5)));
        Offering oneTen = offering(diploma(), List.of(new OfferingModule("Faglig ledelse", 10)));
        Offering none = offering(diploma(), List.of());

        assertThat(List.of(FIVE_PER_MODULE, TWO_MODULES, TEN_ECTS))
                .allSatisfy(
                        d -> assertThat(d.isMetBy(d.attribute().of(twoFives))).isTrue());
        assertThat(FIVE_PER_MODULE.isMetBy(FIVE_PER_MODULE.attribute().of(oneTen)))
                .isFalse();
        assertThat(TWO_MODULES.isMetBy(TWO_MODULES.attribute().of(oneTen))).isFalse();
        assertThat(FIVE_PER_MODULE.isMetBy(FIVE_PER_MODULE.attribute().of(none)))
                .as("no modules is no ECTS at all")
                .isFalse();
    }

    @Test
    void atLeastFortyHoursOfTeachingCountsFortyButNotThirtyNine() {
        assertThat(FORTY_HOURS.isMetBy(Figure.number(40))).isTrue();
        assertThat(FORTY_HOURS.isMetBy(Figure.number(60))).isTrue();
        assertThat(FORTY_HOURS.isMetBy(Figure.number(39))).isFalse();
        FrameworkDemand atMost = demand(FrameworkAttribute.TEACHING_HOURS, DemandOperator.AT_MOST, "40", "0");
        assertThat(atMost.isMetBy(Figure.number(40))).isTrue();
        assertThat(atMost.isMetBy(Figure.number(41))).isFalse();
    }

    @Test
    void missingDocumentationOfCompletionOrExamIsMissed() {
        Offering without = offering(format(3, "7.5", 22, 0, false, false), List.of());
        Offering with = offering(format(3, "7.5", 22, 0, true, true), List.of());

        assertThat(DOCUMENTATION.isMetBy(DOCUMENTATION.attribute().of(without))).isFalse();
        assertThat(EXAM.isMetBy(EXAM.attribute().of(without))).isFalse();
        assertThat(DOCUMENTATION.isMetBy(DOCUMENTATION.attribute().of(with))).isTrue();
        assertThat(EXAM.isMetBy(EXAM.attribute().of(with))).isTrue();
    }

    @Test
    void theTargetGroupMustLieInsideTheFramesAndNotBeEmpty() {
        assertThat(FYRTAARNE.isMetBy(new Figure.Codes(Set.of("PAEDAGOG")))).isTrue();
        assertThat(FYRTAARNE.isMetBy(new Figure.Codes(Set.of("PAEDAGOG", "PAEDAGOGMEDHJAELPER"))))
                .isFalse();
        assertThat(FYRTAARNE.isMetBy(new Figure.Codes(Set.of())))
                .as("an offering for everyone is not aimed at the frame's target group")
                .isFalse();
    }

    @Test
    void learningDaysAreAttendanceDaysNotNetOnly() {
        assertThat(ATTENDANCE.isMetBy(new Figure.Codes(Set.of("PLACE")))).isTrue();
        assertThat(ATTENDANCE.isMetBy(new Figure.Codes(Set.of("BLENDED")))).isTrue();
        assertThat(ATTENDANCE.isMetBy(new Figure.Codes(Set.of("NET")))).isFalse();
    }

    @Test
    void aFigureOfTheWrongShapeNeverMeetsADemand() {
        assertThat(DOCUMENTATION.isMetBy(Figure.number(1))).isFalse();
        assertThat(FORTY_HOURS.isMetBy(new Figure.Flag(true))).isFalse();
        assertThat(FYRTAARNE.isMetBy(new Figure.Flag(true))).isFalse();
    }

    @Test
    void aFrameCheckListsEveryDemandWithTheOfferingsOwnFigure() {
        Framework frame = new Framework(
                UUID.randomUUID(),
                "LAERINGSDAGE_3",
                "Tre læringsdage",
                "Ledere",
                "Seed 003",
                List.of(DAYS, HOURS, DOCUMENTATION));
        FrameworkCheck check = frame.check(offering(format(3, "7.0", 21, 0, false, false), List.of()));

        assertThat(check.results()).extracting(FrameworkCheck.Result::met).containsExactly(true, true, false);
        assertThat(check.results().get(1).actual()).isEqualTo(new Figure.Numbers(List.of(new BigDecimal("7.0"))));
        assertThat(check.missed()).isEqualTo(1);
        assertThat(check.allMet()).isFalse();
    }

    private static Figure hours(String value) {
        return FrameworkAttribute.HOURS_PER_LEARNING_DAY.of(offering(format(3, value, 22, 0, false, true), List.of()));
    }

    private static Format diploma() {
        return format(0, "0", 40, 2, true, true);
    }

    private static Format format(
            int days, String hours, int teaching, int supervisions, boolean exam, boolean documentation) {
        return new Format(days, new BigDecimal(hours), teaching, supervisions, exam, documentation);
    }

    private static FrameworkDemand demand(
            FrameworkAttribute attribute, DemandOperator operator, String value, String tolerance) {
        return new FrameworkDemand(
                attribute.name(), attribute.name(), attribute, operator, value, new BigDecimal(tolerance), "Seed 003");
    }

    static Offering offering(Format format, List<OfferingModule> modules) {
        return new Offering(
                UUID.randomUUID(),
                240,
                UUID.randomUUID(),
                "Professionshøjskolen",
                "Forløb",
                OfferingKind.COURSE,
                null,
                null,
                false,
                Delivery.PLACE,
                "",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 1),
                null,
                null,
                20,
                0,
                0,
                Set.of(StaffRole.PAEDAGOG),
                "",
                "",
                format,
                modules,
                List.of(),
                Map.of(),
                OfferingStatus.DRAFT,
                0);
    }
}
