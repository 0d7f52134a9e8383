package dk.loeft.catalog.web;

import dk.loeft.catalog.Framework;
import dk.loeft.catalog.Frameworks;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The quality frames (rammer, seed 003) and their demands, for the ministry and the forvaltning to read. */
@Controller
class FrameworkPagesController {

    private final Frameworks frameworks;
    private final DemandTexts texts;

    FrameworkPagesController(Frameworks frameworks, DemandTexts texts) {
        this.frameworks = frameworks;
        this.texts = texts;
    }

    record DemandRow(String code, String label, String attribute, String operator, String expected, String source) {}

    @GetMapping("/rammer")
    String list(Model model) {
        model.addAttribute("frameworks", frameworks.frameworks());
        return "catalog/frameworks";
    }

    @GetMapping("/rammer/{frameworkId}")
    String framework(@PathVariable UUID frameworkId, Model model) {
        Framework framework = frameworks.framework(frameworkId);
        List<DemandRow> rows = framework.demands().stream()
                .map(d -> new DemandRow(
                        d.code(),
                        d.label(),
                        "catalog.attribute." + d.attribute().name(),
                        texts.operator(d.operator()),
                        texts.expected(d),
                        d.source()))
                .toList();
        model.addAttribute("framework", framework);
        model.addAttribute("demands", rows);
        return "catalog/framework";
    }
}
