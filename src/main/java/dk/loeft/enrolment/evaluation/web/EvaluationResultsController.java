package dk.loeft.enrolment.evaluation.web;

import dk.loeft.enrolment.evaluation.EvaluationSummary;
import dk.loeft.enrolment.evaluation.Evaluations;
import dk.loeft.enrolment.evaluation.QuestionKind;
import dk.loeft.platform.web.Spreadsheet;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Evaluation results per initiative and per provider (/evalueringer/resultater), and as XLSX. */
@Controller
class EvaluationResultsController {

    private final Evaluations evaluations;
    private final MessageSource messages;

    EvaluationResultsController(Evaluations evaluations, MessageSource messages) {
        this.evaluations = evaluations;
        this.messages = messages;
    }

    @GetMapping("/evalueringer/resultater")
    String results(Model model) {
        model.addAttribute("summary", evaluations.summary());
        return "enrolment/evaluation/results";
    }

    @GetMapping("/evalueringer/resultater.xlsx")
    ResponseEntity<byte[]> workbook(Locale locale) throws IOException {
        EvaluationSummary summary = evaluations.summary();
        try (Spreadsheet book = new Spreadsheet(messages, locale)) {
            write(book, book.sheet("enrolment.evaluation.xlsx.byInitiative"), summary.byInitiative());
            write(book, book.sheet("enrolment.evaluation.xlsx.byProvider"), summary.byProvider());
            return Spreadsheet.download("evalueringer.xlsx", book.bytes());
        }
    }

    /** One row per question (average and answers) and per comment, under its group and audience. */
    private static void write(Spreadsheet book, Sheet sheet, List<EvaluationSummary.Group> groups) {
        book.headerRow(
                sheet,
                "enrolment.evaluation.xlsx.group",
                "enrolment.evaluation.xlsx.audience",
                "enrolment.evaluation.xlsx.evaluable",
                "enrolment.evaluation.xlsx.responses",
                "enrolment.evaluation.xlsx.question",
                "enrolment.evaluation.xlsx.average",
                "enrolment.evaluation.xlsx.answers",
                "enrolment.evaluation.xlsx.comment");
        int r = 1;
        for (EvaluationSummary.Group g : groups) {
            for (boolean participant : new boolean[] {true, false}) {
                String audience = book.message(
                        participant
                                ? "enrolment.evaluation.audience.PARTICIPANT"
                                : "enrolment.evaluation.audience.LEADER");
                int responses = participant ? g.participantResponses() : g.leaderResponses();
                for (EvaluationSummary.QuestionResult q : participant ? g.participant() : g.leader()) {
                    if (q.kind() == QuestionKind.SCALE) {
                        Row row = sheet.createRow(r++);
                        group(row, g, audience, responses, q.question());
                        book.number(row, 5, q.average(), "0.00");
                        Spreadsheet.number(row, 6, q.answers());
                    } else {
                        for (EvaluationSummary.Comment c : q.comments()) {
                            Row row = sheet.createRow(r++);
                            group(row, g, audience, responses, q.question());
                            Spreadsheet.text(row, 7, c.by() == null ? c.text() : c.text() + " (" + c.by() + ")");
                        }
                    }
                }
            }
        }
        Spreadsheet.widths(sheet, 40, 12, 12, 12, 50, 10, 10, 60);
    }

    private static void group(Row row, EvaluationSummary.Group g, String audience, int responses, String question) {
        Spreadsheet.text(row, 0, g.name());
        Spreadsheet.text(row, 1, audience);
        Spreadsheet.number(row, 2, g.evaluable());
        Spreadsheet.number(row, 3, responses);
        Spreadsheet.text(row, 4, question);
    }
}
