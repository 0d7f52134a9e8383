package dk.loeft.coverage;

import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.InstitutionService;
import dk.loeft.staff.Education;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A small kommune for the page tests (Odense, 461, untouched by the demo data): two
 * daginstitutioner, a dagpleje and an SFO with staff employed since 2020 and children counted in
 * this month and the two before.
 */
final class OdenseFixture {

    static final int ODENSE = 461;

    final Institution aagaarden;
    final Institution laerken;
    final Institution dagplejen;
    final Institution sfo;
    final StaffMember paedagog;
    final StaffMember medhjaelper;

    OdenseFixture(InstitutionService institutions, StaffService staff, LocalDate today) {
        var k = new TestKommune(ODENSE, institutions, staff);
        aagaarden = k.institution("O-1", "Børnehuset Ågården", InstitutionKind.INTEGRERET, "Centrum");
        laerken = k.institution("O-2", "Vuggestuen Lærken", InstitutionKind.VUGGESTUE, "Syd");
        dagplejen = k.institution("O-3", "Dagplejen Odense", InstitutionKind.DAGPLEJE, null);
        sfo = k.institution("O-4", "SFO Skovløkke", InstitutionKind.SFO, "Centrum");
        LocalDate since = LocalDate.of(2020, 1, 1);
        paedagog = k.person("O-P1", "Anna Andersen", StaffRole.PAEDAGOG, m -> {
            m.addEducation(Education.PAEDAGOG, 2010);
            m.addDiplomaModule("Pædagogisk ledelse", 10, LocalDate.of(2023, 6, 1));
            m.addDiplomaModule("Inkluderende pædagogik", 10, LocalDate.of(2024, 1, 15));
            m.assignFunction(dk.loeft.staff.SpecialFunction.PRAKTIKVEJLEDER, LocalDate.of(2022, 8, 1));
            m.employ(aagaarden.id(), hours(37), since, null);
        });
        for (int i = 2; i <= 3; i++) {
            k.person("O-P" + i, "Pædagog " + i, StaffRole.PAEDAGOG, m -> {
                m.addEducation(Education.PAEDAGOG, 2012);
                m.employ(aagaarden.id(), hours(37), since, null);
            });
        }
        medhjaelper = k.person(
                "O-M1",
                "Bo Berg",
                StaffRole.PAEDAGOGMEDHJAELPER,
                m -> m.employ(aagaarden.id(), hours(30), since, null));
        k.person(
                "O-M2",
                "Medhjælper 2",
                StaffRole.PAEDAGOGMEDHJAELPER,
                m -> m.employ(aagaarden.id(), hours(30), since, null));
        for (int i = 1; i <= 2; i++) {
            k.person("O-L" + i, "Lærke-pædagog " + i, StaffRole.PAEDAGOG, m -> {
                m.addEducation(Education.PAEDAGOG, 2015);
                m.employ(laerken.id(), hours(37), since, null);
            });
        }
        k.person("O-L3", "Lærke-assistent", StaffRole.PAEDAGOGISK_ASSISTENT, m -> {
            m.addEducation(Education.PAU, 2018);
            m.employ(laerken.id(), hours(32), since, null);
        });
        for (int i = 1; i <= 2; i++) {
            k.person(
                    "O-D" + i,
                    "Dagplejer " + i,
                    StaffRole.DAGPLEJER,
                    m -> m.employ(dagplejen.id(), hours(48), since, null));
        }
        k.person("O-S1", "SFO-pædagog", StaffRole.PAEDAGOG, m -> {
            m.addEducation(Education.PAEDAGOG, 2005);
            m.employ(sfo.id(), hours(30), since, null);
        });
        YearMonth current = YearMonth.from(today);
        for (int back = 0; back <= 2; back++) {
            YearMonth month = current.minusMonths(back);
            k.children(aagaarden, month, "10", "20");
            k.children(laerken, month, "6", "0");
            k.children(dagplejen, month, "8", "0");
            k.children(sfo, month, "0", "40");
        }
    }

    private static BigDecimal hours(int hours) {
        return BigDecimal.valueOf(hours);
    }
}
