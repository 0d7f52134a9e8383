package dk.loeft.coverage;

import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionDetails;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Ownership;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Builds test data in one kommune through the modules' own services, signed in as its
 * forvaltning. Every step is idempotent (found by number), so test classes may share a kommune.
 */
final class TestKommune {

    final int code;
    private final InstitutionService institutions;
    private final StaffService staff;

    TestKommune(int code, InstitutionService institutions, StaffService staff) {
        this.code = code;
        this.institutions = institutions;
        this.staff = staff;
    }

    Institution institution(String number, String name, InstitutionKind kind, @Nullable String area) {
        return SignedIn.as(SignedIn.admin(code), () -> institutions
                .findByNumber(code, number)
                .orElseGet(() -> institutions.create(
                        code,
                        number,
                        new InstitutionDetails(
                                name,
                                kind,
                                Ownership.KOMMUNAL,
                                area == null
                                        ? null
                                        : institutions
                                                .findOrCreateArea(code, area)
                                                .id(),
                                "Testvej 1",
                                "9000",
                                "Testby"))));
    }

    StaffMember person(String employeeNumber, String name, StaffRole role, Consumer<StaffMember> setup) {
        return SignedIn.as(SignedIn.admin(code), () -> staff.findByEmployeeNumber(code, employeeNumber)
                .orElseGet(() -> {
                    StaffMember member = staff.register(
                            code,
                            employeeNumber,
                            new StaffMember.PersonDetails(name, LocalDate.of(1985, 5, 17), role, 24));
                    setup.accept(member);
                    return staff.save(member);
                }));
    }

    void children(Institution institution, YearMonth month, String children02, String children35) {
        SignedIn.as(
                SignedIn.admin(code),
                () -> institutions.recordChildren(
                        institution.id(), month.atDay(1), new BigDecimal(children02), new BigDecimal(children35)));
    }
}
