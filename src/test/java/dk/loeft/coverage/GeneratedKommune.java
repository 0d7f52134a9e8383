package dk.loeft.coverage;

import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.staff.Education;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/** Generated test data for a kommune without demo data: varied roles, educations, hours and dates. */
final class GeneratedKommune {

    private GeneratedKommune() {}

    /** Without demo data: a varied kommune of five institutions and forty people, from a fixed seed. */
    static void generate(TestKommune k, LocalDate today) {
        Random random = new Random(k.code);
        List<Institution> made = List.of(
                k.institution("G-1", "Generet Integreret", InstitutionKind.INTEGRERET, "Nord"),
                k.institution("G-2", "Generet Vuggestue", InstitutionKind.VUGGESTUE, "Nord"),
                k.institution("G-3", "Generet Børnehave", InstitutionKind.BOERNEHAVE, "Syd"),
                k.institution("G-4", "Generet Dagpleje", InstitutionKind.DAGPLEJE, null),
                k.institution("G-5", "Generet SFO", InstitutionKind.SFO, "Syd"));
        StaffRole[] roles = StaffRole.values();
        Education[] educations = Education.values();
        for (int i = 1; i <= 40; i++) {
            StaffRole role = roles[random.nextInt(roles.length)];
            Education education = educations[random.nextInt(educations.length)];
            int educationYear = today.getYear() - 3 + random.nextInt(5);
            Institution first = made.get(random.nextInt(made.size()));
            Institution second = made.get(random.nextInt(made.size()));
            LocalDate start = today.minusMonths(random.nextInt(30));
            LocalDate end = random.nextInt(4) == 0 ? today.minusMonths(random.nextInt(12)) : null;
            int hours = 15 + random.nextInt(23);
            boolean twoPlaces = random.nextInt(5) == 0;
            k.person("G-" + i, "Generet " + i, role, m -> {
                if (random.nextBoolean()) {
                    m.addEducation(education, educationYear);
                }
                m.employ(
                        first.id(), BigDecimal.valueOf(hours), start, end != null && end.isBefore(start) ? start : end);
                if (twoPlaces) {
                    m.employ(second.id(), new BigDecimal("7.5"), start.minusMonths(3), null);
                }
            });
        }
        for (YearMonth month = YearMonth.from(today).minusMonths(14);
                !month.isAfter(YearMonth.from(today));
                month = month.plusMonths(1)) {
            for (Institution institution : made) {
                k.children(
                        institution,
                        month,
                        Integer.toString(random.nextInt(20)),
                        Integer.toString(random.nextInt(40)) + ".5");
            }
        }
    }
}
