package dk.loeft.dataimport;

import dk.loeft.platform.sheet.SheetReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Runs the file checks of the import without Spring, and renders their errors in Danish. */
final class Checking {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("messages", "i18n/dataimport", "i18n/funding");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private Checking() {}

    static <T> Checked<T> check(FileCheck<T> check, String csv, String... institutionNumbers) {
        var data = SheetReader.read("test.csv", csv.getBytes(StandardCharsets.UTF_8));
        return check.check(data, new CheckContext(TODAY, Set.of(institutionNumbers)), done -> {});
    }

    static <T> Checked<T> check(FileCheck<T> check, String csv, CheckContext context) {
        var data = SheetReader.read("test.csv", csv.getBytes(StandardCharsets.UTF_8));
        return check.check(data, context, done -> {});
    }

    /** Each error as the user reads it: "Række 14, kolonne 'fødselsdato': '31-02-1990' er ikke en gyldig dato". */
    static List<String> errors(Checked<?> checked) {
        return checked.errors().list().stream().map(Checking::located).toList();
    }

    static List<String> warnings(Checked<?> checked) {
        return checked.warnings().stream().map(Checking::text).toList();
    }

    static String text(Problem p) {
        return MESSAGES.getMessage(p.key(), p.args(), ImportEngine.DANISH);
    }

    static String located(Problem p) {
        String message = text(p);
        if (p.row() == 0) {
            return message;
        }
        return MESSAGES.getMessage(
                "dataimport.error.located",
                new Object[] {Integer.toString(p.row()), p.column() == null ? "" : p.column(), message},
                ImportEngine.DANISH);
    }
}
