package dk.loeft.enrolment.completion;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;

import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingDetails;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.catalog.OfferingModule;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.staff.Education;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
import dk.loeft.testing.CourseFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/** People, programmes and seats of one kommune for the completion tests, made by its forvaltning. */
final class CompletionFixture {

    final int kommune;
    final CourseFixture courses;
    private final StaffService staff;
    private @Nullable UUID provider;

    CompletionFixture(int kommune, ApplicationContext context) {
        this.kommune = kommune;
        this.courses = new CourseFixture(kommune, context);
        this.staff = context.getBean(StaffService.class);
    }

    /** A pædagogmedhjælper employed since 2020 at the institution, with the education given (or none). */
    StaffMember person(String name, UUID institutionId, int weeklyHours, @Nullable Education education) {
        return actingAs(admin(kommune), () -> {
            StaffMember member = staff.register(
                    kommune,
                    "C-" + UUID.randomUUID().toString().substring(0, 8),
                    new StaffMember.PersonDetails(name, LocalDate.of(1985, 3, 1), StaffRole.PAEDAGOGMEDHJAELPER, 60));
            member = staff.employ(
                    member.id(),
                    member.version(),
                    institutionId,
                    new BigDecimal(weeklyHours),
                    LocalDate.of(2020, 1, 1),
                    null);
            return education == null ? member : staff.addEducation(member.id(), member.version(), education, 2010);
        });
    }

    /** The kommune's one test provider, made on first use (a provider's name is unique in the kommune). */
    UUID provider() {
        if (provider == null) {
            provider = courses.provider("Udbyder").id();
        }
        return provider;
    }

    /** Three learning days starting on the date, published. */
    Offering learningDays(String title, LocalDate start) {
        return courses.published(courses.details(provider(), title, start, 25, 0, Map.of()));
    }

    /** A diploma module of the given ECTS starting on the date, published. */
    Offering diplomaModule(String title, LocalDate start, int ects) {
        return offering(
                title,
                start,
                OfferingKind.DIPLOMA_MODULE,
                InitiativeKind.DIPLOMA_MODULE,
                start.plusMonths(3),
                List.of(new OfferingModule(title, ects)));
    }

    /** A whole programme (merit, PAU, PD) starting on the date, published. */
    Offering programme(InitiativeKind programme, LocalDate start, List<OfferingModule> modules) {
        return offering(programme.name(), start, OfferingKind.PROGRAMME, programme, start.plusYears(3), modules);
    }

    private Offering offering(
            String title,
            LocalDate start,
            OfferingKind kind,
            InitiativeKind programme,
            LocalDate end,
            List<OfferingModule> modules) {
        OfferingDetails base = courses.details(provider(), title, start, 25, 0, Map.of());
        return courses.published(new OfferingDetails(
                base.providerId(),
                base.title(),
                kind,
                programme,
                null,
                false,
                base.delivery(),
                base.place(),
                start,
                end,
                base.applicationDeadline(),
                base.cancellationDeadline(),
                25,
                0,
                base.priceOere(),
                base.targetRoles(),
                base.targetGroup(),
                base.description(),
                base.format(),
                modules,
                base.sessions(),
                Map.of()));
    }

    UUID seat(Offering offering, StaffMember member, UUID institutionId) {
        return courses.participation(offering.id(), member.id(), institutionId, "ENROLLED");
    }
}
