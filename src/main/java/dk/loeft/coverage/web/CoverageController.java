package dk.loeft.coverage.web;

import dk.loeft.coverage.CoverageService;
import dk.loeft.coverage.KommuneCoverage;
import dk.loeft.coverage.KommuneStaffing;
import dk.loeft.coverage.MonthlyCoverage;
import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Kommune;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.web.DanishFormat;
import dk.loeft.platform.web.Spreadsheet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.NumberFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The kommune overview (/oversigt) and the coverage and staffing page (/daekning) with its export. */
@Controller
class CoverageController {

    private static final int TOP_BELOW_TARGET = 5;
    private static final int YEARS_BACK = 3;

    private final CoverageService coverage;
    private final InstitutionService institutions;
    private final MessageSource messages;
    private final DanishFormat danish;

    CoverageController(
            CoverageService coverage, InstitutionService institutions, MessageSource messages, DanishFormat danish) {
        this.coverage = coverage;
        this.institutions = institutions;
        this.messages = messages;
        this.danish = danish;
    }

    /**
     * The coverage target as the forvaltning types it: a percentage, Danish decimals; the version of
     * the kommune it was read from, so a stale form is a conflict rather than a silent overwrite.
     */
    record TargetForm(
            @NotNull(message = "{coverage.target.required}")
            @DecimalMin(value = "1", message = "{coverage.target.range}")
            @DecimalMax(value = "100", message = "{coverage.target.range}")
            @Digits(integer = 3, fraction = 2, message = "{coverage.target.range}")
            @NumberFormat(style = NumberFormat.Style.NUMBER)
            @Nullable
            BigDecimal percent,

            @Nullable Integer version) {

        static TargetForm of(Kommune kommune) {
            return new TargetForm(kommune.coverageTarget().movePointRight(2).stripTrailingZeros(), kommune.version());
        }

        BigDecimal share() {
            return java.util.Objects.requireNonNull(percent).movePointLeft(2).setScale(4, RoundingMode.HALF_UP);
        }
    }

    @GetMapping("/oversigt")
    String overview(@RequestParam(required = false) @Nullable Integer kommune, Model model) {
        LoeftUser user = PageAccess.requireReader();
        if (user.isNational() && kommune == null) {
            return "redirect:/kommuner";
        }
        PageData data = load(user, kommune, null);
        YearMonth month = coverage.currentMonth();
        data.addTo(model, user);
        model.addAttribute(
                "belowTarget",
                data.now().belowTarget().stream().limit(TOP_BELOW_TARGET).toList());
        model.addAttribute("shortThisMonth", data.staffing().shortIn(month));
        model.addAttribute("shortMonths", data.staffing().shortMonthsByInstitution());
        model.addAttribute("currentMonth", month);
        return "coverage/overview";
    }

    @GetMapping("/daekning")
    String coveragePage(
            @RequestParam(required = false) @Nullable Integer kommune,
            @RequestParam(required = false) @Nullable Integer year,
            Model model) {
        LoeftUser user = PageAccess.requireReader();
        if (user.isNational() && kommune == null) {
            return "redirect:/kommuner";
        }
        PageData data = load(user, kommune, year);
        data.addTo(model, user);
        model.addAttribute("targetForm", TargetForm.of(data.kommune()));
        return "coverage/coverage";
    }

    @PostMapping("/daekning/maal")
    String changeTarget(
            @Valid @ModelAttribute("targetForm") TargetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        LoeftUser user = PageAccess.require(Role.KOMMUNE_ADMIN);
        if (errors.getTarget() != null && form.version() == null) {
            errors.reject("coverage.target.version.missing");
        }
        if (errors.hasErrors()) {
            load(user, null, null).addTo(model, user);
            return "coverage/coverage";
        }
        try {
            institutions.changeCoverageTarget(
                    user.kommuneCode(), java.util.Objects.requireNonNull(form.version()), form.share());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", messages.getMessage("error.conflict", null, locale));
            return "redirect:/daekning";
        }
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.getMessage("coverage.target.saved", new Object[] {danish.percent(form.share())}, locale));
        return "redirect:/daekning";
    }

    @GetMapping("/daekning.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable Integer kommune,
            @RequestParam(required = false) @Nullable Integer year,
            Locale locale)
            throws IOException {
        LoeftUser user = PageAccess.requireReader();
        if (user.isNational() && kommune == null) {
            throw new dk.loeft.platform.NotFoundException();
        }
        PageData data = load(user, kommune, year);
        byte[] workbook = new CoverageWorkbook(messages, locale).write(data.now(), data.months(), data.staffing());
        return Spreadsheet.download(
                "uddannelsesdaekning-" + data.kommune().code() + "-"
                        + data.now().date() + ".xlsx",
                workbook);
    }

    private PageData load(LoeftUser user, @Nullable Integer kommuneCode, @Nullable Integer year) {
        Kommune kommune = institutions.kommuneFor(user, kommuneCode);
        LocalDate today = coverage.today();
        int shownYear = year != null && year >= today.getYear() - YEARS_BACK && year <= today.getYear()
                ? year
                : today.getYear();
        KommuneCoverage now = coverage.coverageOn(kommune.code(), today);
        List<MonthlyCoverage> months =
                coverage.kommuneCoverageByMonth(kommune.code(), coverage.firstRecentMonth(), coverage.currentMonth());
        KommuneStaffing staffing = coverage.staffing(kommune.code(), shownYear);
        return new PageData(kommune, now, months, staffing, today);
    }

    /** Everything the overview, the coverage page and the export show: one load, the same figures. */
    record PageData(
            Kommune kommune,
            KommuneCoverage now,
            List<MonthlyCoverage> months,
            KommuneStaffing staffing,
            LocalDate today) {

        void addTo(Model model, LoeftUser user) {
            model.addAttribute("kommune", kommune);
            model.addAttribute("national", user.isNational());
            model.addAttribute("leader", user.is(Role.LEADER));
            model.addAttribute("mayChangeTarget", user.is(Role.KOMMUNE_ADMIN));
            model.addAttribute("now", now);
            model.addAttribute("total", now.total());
            model.addAttribute("months", months);
            model.addAttribute("chart", CoverageChart.of(months, kommune.coverageTarget()));
            model.addAttribute("staffing", staffing);
            model.addAttribute("average", staffing.annualAverage());
            model.addAttribute("today", today);
            model.addAttribute(
                    "years",
                    java.util.stream.IntStream.rangeClosed(today.getYear() - YEARS_BACK, today.getYear())
                            .boxed()
                            .toList());
        }
    }
}
