package dk.loeft.followup.web;

import dk.loeft.followup.NationalOverview;
import dk.loeft.followup.NationalView;
import dk.loeft.platform.web.Spreadsheet;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ministry's national view of all 98 kommuner (/kommuner): coverage and money from the pool,
 * filtered by region, sorted by any column, and the same lines as a spreadsheet.
 */
@Controller
class KommunerController {

    private final NationalView national;
    private final MessageSource messages;

    KommunerController(NationalView national, MessageSource messages) {
        this.national = national;
        this.messages = messages;
    }

    @GetMapping("/kommuner")
    String kommuner(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String sort,
            Model model) {
        model.addAttribute("overview", overview(region, sort));
        model.addAttribute("columns", NationalOverview.COLUMNS);
        return "followup/kommuner";
    }

    @GetMapping("/kommuner.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String sort,
            Locale locale)
            throws IOException {
        NationalOverview overview = overview(region, sort);
        byte[] workbook = NationalWorkbook.write(overview, messages, locale);
        return Spreadsheet.download("kommuner-" + overview.date() + ".xlsx", workbook);
    }

    private NationalOverview overview(@Nullable String region, @Nullable String sort) {
        return national.overview(region, NationalOverview.Sorting.parse(sort));
    }
}
