package dk.loeft.dataimport;

import dk.loeft.dataimport.HeaderMap.Col;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Checks an institution file: the same rules as the {@code Institution} aggregate, plus unique numbers. */
final class InstitutionCheck extends FileCheck<InstitutionCheck.Line> {

    /** One institution as the file gives it. */
    record Line(
            String number,
            String name,
            InstitutionKind kind,
            Ownership ownership,
            @Nullable String area,
            @Nullable String street,
            @Nullable String postalCode,
            @Nullable String city) {}

    InstitutionCheck() {
        super(ImportKind.INSTITUTIONS);
    }

    @Override
    RowSink<Line> start(HeaderMap header, CheckContext context, Cells cells, List<Problem> warnings) {
        Col number = header.col("institution.number");
        Col name = header.col("institution.name");
        Col kind = header.col("institution.kind");
        Col ownership = header.col("institution.ownership");
        Col area = header.col("institution.area");
        Col street = header.col("institution.street");
        Col postalCode = header.col("institution.postalcode");
        Col city = header.col("institution.city");
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        return new RowSink<>() {
            @Override
            public void row(Cells c, List<List<Object>> preview) {
                String nr = c.text(number, true, 20);
                String n = c.text(name, true, 200);
                InstitutionKind k = c.label(kind, Labels.KINDS, true);
                Ownership o = c.label(ownership, Labels.OWNERSHIPS, true);
                String a = c.text(area, false, 100);
                String s = c.text(street, false, 200);
                String p = c.text(postalCode, false, 4);
                if (p != null && !p.matches("\\d{4}")) {
                    c.error(postalCode, "dataimport.error.postalcode", p);
                }
                String by = c.text(city, false, 100);
                if (nr != null) {
                    Integer first = seen.putIfAbsent(nr, c.rowNumber());
                    if (first != null) {
                        c.error(number, "dataimport.error.duplicate.institution", nr, first.toString());
                    }
                }
                if (!c.rowIsClean()) {
                    return;
                }
                lines.add(new Line(nr, n, k, o, a, s, p, by));
                if (RowSink.wants(preview)) {
                    preview.add(Arrays.asList(nr, n, k, o, a, s, p, by));
                }
            }

            @Override
            public List<Line> finish() {
                return lines;
            }
        };
    }
}
