package dk.loeft.funding.web;

import dk.loeft.funding.CostCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The hand registration of an expenditure: amount as typed (decimal comma), the rest as chosen. */
record ExpenditureForm(
        @NotNull(message = "{ledger.form.date.required}") @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate bookedOn,

        @NotBlank(message = "{ledger.form.amount.required}") @Nullable
        String amount,

        @NotNull(message = "{ledger.form.category.required}") @Nullable
        CostCategory category,

        @NotBlank(message = "{ledger.form.voucher.required}")
        @Size(max = 40, message = "{ledger.form.voucher.size}")
        @Nullable
        String voucher,

        @Size(max = 200, message = "{ledger.form.text.size}") @Nullable
        String initiative,

        @Size(max = 200, message = "{ledger.form.text.size}") @Nullable
        String note) {

    static ExpenditureForm empty(LocalDate today) {
        return new ExpenditureForm(today, null, null, null, null, null);
    }
}
