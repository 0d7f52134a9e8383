package dk.loeft.enrolment.web;

import dk.loeft.enrolment.ApplicationStatus;
import dk.loeft.enrolment.EnrolmentOverview;
import dk.loeft.enrolment.EnrolmentOverview.OfferingRow;
import dk.loeft.platform.web.Spreadsheet;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The forvaltning's overview of every offering per plan initiative (/tilmelding), and as a workbook. */
@Controller
class EnrolmentAdminController {

    private final EnrolmentOverview overview;
    private final MessageSource messages;

    EnrolmentAdminController(EnrolmentOverview overview, MessageSource messages) {
        this.overview = overview;
        this.messages = messages;
    }

    /** Offerings grouped by their plan initiative's name; offerings without one last, under an empty name. */
    record InitiativeGroup(String name, List<OfferingRow> offerings) {

        public int seated() {
            return offerings.stream().mapToInt(OfferingRow::seated).sum();
        }

        public int waitListed() {
            return offerings.stream().mapToInt(OfferingRow::waitListed).sum();
        }

        public int capacity() {
            return offerings.stream().mapToInt(OfferingRow::capacity).sum();
        }
    }

    @GetMapping("/tilmelding")
    String overview(Model model) {
        List<OfferingRow> rows = overview.offerings();
        Map<String, List<OfferingRow>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(
                        Objects.requireNonNullElse(r.initiativeName(), ""), k -> new java.util.ArrayList<>())
                .add(r));
        model.addAttribute(
                "groups",
                groups.entrySet().stream()
                        .map(e -> new InitiativeGroup(e.getKey(), e.getValue()))
                        .toList());
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute(
                "belowMinimum", rows.stream().filter(OfferingRow::belowMinimum).count());
        return "enrolment/overview";
    }

    @GetMapping("/tilmelding.xlsx")
    ResponseEntity<byte[]> workbook(Locale locale) throws IOException {
        List<OfferingRow> rows = overview.offerings();
        try (Spreadsheet book = new Spreadsheet(messages, locale)) {
            Sheet sheet = book.sheet("enrolment.view.xlsx.sheet");
            book.headerRow(
                    sheet,
                    "enrolment.view.initiative",
                    "enrolment.view.offering",
                    "enrolment.view.start",
                    "enrolment.view.capacity",
                    "enrolment.view.minimum",
                    "enrolment.view.seated",
                    "enrolment.view.waitListed",
                    "enrolment.view.cancelled",
                    "enrolment.application.status.SUBMITTED",
                    "enrolment.application.status.LEADER_APPROVED",
                    "enrolment.application.status.APPROVED",
                    "enrolment.application.status.REFUSED",
                    "enrolment.application.status.WITHDRAWN",
                    "enrolment.view.belowMinimum");
            int r = 1;
            for (OfferingRow o : rows) {
                Row row = sheet.createRow(r++);
                Spreadsheet.text(row, 0, Objects.requireNonNullElse(o.initiativeName(), ""));
                Spreadsheet.text(row, 1, o.title());
                book.date(row, 2, o.startDate());
                Spreadsheet.number(row, 3, o.capacity());
                Spreadsheet.number(row, 4, o.minimumParticipants());
                Spreadsheet.number(row, 5, o.seated());
                Spreadsheet.number(row, 6, o.waitListed());
                Spreadsheet.number(row, 7, o.cancelled());
                int column = 8;
                for (ApplicationStatus status : ApplicationStatus.values()) {
                    Spreadsheet.number(row, column++, o.applications(status));
                }
                Spreadsheet.text(
                        row,
                        column,
                        o.belowMinimum() ? book.message("enrolment.view.yes") : book.message("enrolment.view.no"));
            }
            Spreadsheet.widths(sheet, 30, 40, 12, 10, 10, 10, 10, 10, 12, 12, 12, 12, 12, 14);
            return Spreadsheet.download("tilmelding.xlsx", book.bytes());
        }
    }
}
