package dk.loeft.dataimport;

import dk.loeft.dataimport.HeaderMap.Col;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a children-count file: known institutions, plausible months, counts of at least 0, one row per month. */
final class ChildrenCountCheck extends FileCheck<ChildrenCountCheck.Line> {

    static final BigDecimal MAX_CHILDREN = new BigDecimal("99999.99");
    static final int FIRST_YEAR = 2000;
    static final int YEARS_AHEAD = 5;

    /** Children in one institution in one month. */
    record Line(String institutionNumber, YearMonth month, BigDecimal children02, BigDecimal children35) {}

    ChildrenCountCheck() {
        super(ImportKind.CHILDREN_COUNTS);
    }

    @Override
    RowSink<Line> start(HeaderMap header, CheckContext context, Cells cells, List<Problem> warnings) {
        Col institution = header.col("children.institution");
        Col month = header.col("children.month");
        Col c02 = header.col("children.02");
        Col c35 = header.col("children.35");
        int lastYear = context.today().getYear() + YEARS_AHEAD;
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        return new RowSink<>() {
            @Override
            public void row(Cells c, List<List<Object>> preview) {
                String nr = c.text(institution, true, 20);
                if (nr != null && !context.institutionNumbers().contains(nr)) {
                    c.error(institution, "dataimport.error.institution.unknown", nr);
                }
                YearMonth m = c.month(month);
                if (m != null && (m.getYear() < FIRST_YEAR || m.getYear() > lastYear)) {
                    c.error(
                            month,
                            "dataimport.error.month.range",
                            c.raw(month),
                            Integer.toString(FIRST_YEAR),
                            Integer.toString(lastYear));
                }
                BigDecimal young = c.decimal(c02, true, "dataimport.error.children", BigDecimal.ZERO, MAX_CHILDREN);
                BigDecimal old = c.decimal(c35, true, "dataimport.error.children", BigDecimal.ZERO, MAX_CHILDREN);
                if (nr != null && m != null) {
                    Integer first = seen.putIfAbsent(nr + "|" + m, c.rowNumber());
                    if (first != null) {
                        c.error(month, "dataimport.error.duplicate.month", nr, Values.danish(m), first.toString());
                    }
                }
                if (!c.rowIsClean()) {
                    return;
                }
                lines.add(new Line(nr, m, young, old));
                if (RowSink.wants(preview)) {
                    preview.add(List.of(nr, m, young, old));
                }
            }

            @Override
            public List<Line> finish() {
                return lines;
            }
        };
    }
}
