package dk.loeft.dataimport;

import dk.loeft.dataimport.HeaderMap.Col;
import dk.loeft.funding.BookedVoucher;
import dk.loeft.funding.CostCategory;
import dk.loeft.funding.CostEligibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks an expenditure file from a finance system: real dates not after today, amounts in kroner
 * with at most two decimals and not zero (a negative amount is a credit), a known cost category
 * that some round of the pool pays for on that date, and a voucher (bilag) given once in the file
 * and, when already booked, with the same values as then (a re-import changes nothing).
 */
final class ExpenditureCheck extends FileCheck<ExpenditureCheck.Line> {

    static final BigDecimal MAX_KRONER = new BigDecimal("99999999.99");
    static final int VOUCHER_MAX = 40;
    static final int INITIATIVE_MAX = 200;

    /** One expenditure line, amount in øre. */
    record Line(
            LocalDate bookedOn,
            long amountOere,
            CostCategory category,
            String voucher,
            @Nullable String initiative) {

        boolean sameAs(BookedVoucher booked) {
            return booked.bookedOn().equals(bookedOn)
                    && booked.amountOere() == amountOere
                    && booked.category() == category
                    && Objects.equals(booked.initiative(), initiative);
        }
    }

    ExpenditureCheck() {
        super(ImportKind.EXPENDITURE);
    }

    @Override
    RowSink<Line> start(HeaderMap header, CheckContext context, Cells cells, List<Problem> warnings) {
        Col date = header.col("expenditure.date");
        Col amount = header.col("expenditure.amount");
        Col category = header.col("expenditure.category");
        Col voucher = header.col("expenditure.voucher");
        Col initiative = header.col("expenditure.initiative");
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        return new RowSink<>() {
            @Override
            public void row(Cells c, List<List<Object>> preview) {
                LocalDate on = c.date(date, true);
                if (on != null && on.isAfter(context.today())) {
                    c.error(date, "dataimport.error.expenditure.future", c.raw(date));
                }
                BigDecimal kroner =
                        c.decimal(amount, true, "dataimport.error.expenditure.amount", MAX_KRONER.negate(), MAX_KRONER);
                if (kroner != null && kroner.signum() == 0) {
                    c.error(amount, "dataimport.error.expenditure.zero");
                }
                CostCategory cost = c.label(category, Labels.COST_CATEGORIES, true);
                if (cost != null && on != null && !on.isAfter(context.today())) {
                    CostEligibility.check(context.rounds(), cost, on)
                            .ifPresent(breach -> c.error(
                                    category,
                                    breach.messageKey(),
                                    breach.arguments().toArray(String[]::new)));
                }
                String bilag = c.text(voucher, true, VOUCHER_MAX);
                String what = c.text(initiative, false, INITIATIVE_MAX);
                if (bilag != null) {
                    Integer first = seen.putIfAbsent(bilag, c.rowNumber());
                    if (first != null) {
                        c.error(voucher, "dataimport.error.expenditure.voucher.twice", bilag, first.toString());
                    }
                }
                if (!c.rowIsClean()) {
                    return;
                }
                Line line = new Line(
                        on, kroner.movePointRight(2).longValueExact(), cost, Objects.requireNonNull(bilag), what);
                BookedVoucher booked = context.vouchers().get(line.voucher());
                if (booked != null && !line.sameAs(booked)) {
                    c.error(voucher, "dataimport.error.expenditure.voucher.changed", line.voucher());
                    return;
                }
                lines.add(line);
                if (RowSink.wants(preview)) {
                    preview.add(java.util.Arrays.asList(on, kroner, cost, bilag, what));
                }
            }

            @Override
            public List<Line> finish() {
                return lines;
            }
        };
    }
}
