package dk.loeft.testing;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;

import dk.loeft.institution.Area;
import dk.loeft.institution.ChildrenCount;
import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionDetails;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Ownership;
import dk.loeft.platform.api.ApiTokenService;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.platform.security.UserAccountRepository;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.Education;
import dk.loeft.staff.SpecialFunction;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates one kommune's test data through the real services, acting as that kommune's
 * forvaltning. Names carry a random suffix so test classes and repeated runs never collide.
 */
public final class KommuneFixture {

    public final int kommune;
    public final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private final InstitutionService institutions;
    private final StaffService staff;
    private final UserAccountRepository accounts;
    private final ApiTokenService tokens;
    private final PasswordEncoder passwords;

    public KommuneFixture(int kommune, ApplicationContext context) {
        this.kommune = kommune;
        this.institutions = context.getBean(InstitutionService.class);
        this.staff = context.getBean(StaffService.class);
        this.accounts = context.getBean(UserAccountRepository.class);
        this.tokens = context.getBean(ApiTokenService.class);
        this.passwords = context.getBean(PasswordEncoder.class);
    }

    public String unique(String name) {
        return name + " " + suffix;
    }

    public Area area(String name) {
        return actingAs(admin(kommune), () -> institutions.createArea(unique(name)));
    }

    public Institution institution(String name, @Nullable UUID areaId) {
        return actingAs(
                admin(kommune),
                () -> institutions.create(
                        kommune,
                        "N-" + UUID.randomUUID().toString().substring(0, 8),
                        new InstitutionDetails(
                                unique(name),
                                InstitutionKind.INTEGRERET,
                                Ownership.KOMMUNAL,
                                areaId,
                                "Skolevej 1",
                                "2600",
                                "Glostrup")));
    }

    public ChildrenCount childrenCount(UUID institutionId, LocalDate month) {
        return actingAs(
                admin(kommune),
                () -> institutions.recordChildren(institutionId, month, new BigDecimal("10.5"), new BigDecimal("20")));
    }

    /** A pædagogmedhjælper employed at the institution, with an education, a module and a function. */
    public StaffMember staffMember(String name, UUID institutionId) {
        return actingAs(admin(kommune), () -> {
            StaffMember member = staff.register(
                    kommune,
                    "E-" + UUID.randomUUID().toString().substring(0, 8),
                    new StaffMember.PersonDetails(
                            unique(name), LocalDate.of(1990, 5, 17), StaffRole.PAEDAGOGMEDHJAELPER, 12));
            member = staff.addEducation(member.id(), member.version(), Education.PAU, 2015);
            member = staff.addDiplomaModule(
                    member.id(), member.version(), "Modul " + suffix, 10, LocalDate.of(2024, 6, 1));
            member = staff.employ(
                    member.id(), member.version(), institutionId, new BigDecimal("30"), LocalDate.of(2020, 1, 1), null);
            return staff.assignFunction(
                    member.id(), member.version(), SpecialFunction.FAGLIG_FYRTAARN, LocalDate.of(2024, 1, 1));
        });
    }

    public UserAccount account(String username, String displayName, Role role, Set<UUID> institutionIds) {
        return Tenancy.runAs(
                Integer.toString(kommune),
                () -> accounts.save(UserAccount.create(
                        username + "-" + suffix,
                        passwords.encode("en lang adgangskode"),
                        unique(displayName),
                        role,
                        kommune,
                        institutionIds,
                        null,
                        Instant.now())));
    }

    public ApiTokenService.IssuedToken token(String name) {
        return actingAs(admin(kommune), () -> tokens.issue(unique(name)));
    }
}
