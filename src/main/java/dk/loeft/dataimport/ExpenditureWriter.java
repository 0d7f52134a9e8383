package dk.loeft.dataimport;

import java.sql.Timestamp;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes checked expenditure lines: staged with COPY, then one insert of the vouchers not yet
 * booked. Expenditure is append-only: a voucher already booked with the same values is left as it
 * is (a re-import of the same file changes nothing); one booked with other values stops the whole
 * import (the check reports it by row; this guards against a booking made in between).
 */
@Component
class ExpenditureWriter implements ImportWriter<ExpenditureCheck.Line> {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    ExpenditureWriter(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.EXPENDITURE;
    }

    @Override
    public Counts write(
            int kommuneCode, Checked<ExpenditureCheck.Line> checked, boolean apply, Origin origin, Steps steps) {
        steps.at(1, 3, "dataimport.phase.stage");
        jdbc.sql("""
                create temp table imp_expenditure (
                    booked_on date not null, amount_oere bigint not null, cost_category text not null,
                    voucher text not null, initiative text) on commit drop""").update();
        try (CopyRows copy = CopyRows.into(
                dataSource, "imp_expenditure (booked_on, amount_oere, cost_category, voucher, initiative)")) {
            for (ExpenditureCheck.Line line : checked.items()) {
                copy.add(line.bookedOn())
                        .add(Long.toString(line.amountOere()))
                        .add(line.category().name())
                        .add(line.voucher())
                        .add(line.initiative())
                        .endRow();
            }
            copy.finish();
        }
        steps.at(2, 3, "dataimport.phase.compare");
        record Row(int created, int changed, int total) {}
        Row row = jdbc.sql("""
                        select count(*) filter (where e.id is null) as created,
                               count(*) filter (where e.id is not null
                                   and (e.booked_on, e.amount_oere, e.cost_category, e.initiative)
                                       is distinct from (t.booked_on, t.amount_oere, t.cost_category, t.initiative)) as changed,
                               count(*) as total
                          from imp_expenditure t
                          left join expenditure e on e.kommune_code = :k and e.voucher = t.voucher
                        """)
                .param("k", kommuneCode)
                .query((rs, n) -> new Row(rs.getInt("created"), rs.getInt("changed"), rs.getInt("total")))
                .single();
        if (row.changed() > 0) {
            throw new StaleImportException();
        }
        if (apply) {
            steps.at(3, 3, "dataimport.phase.expenditure");
            jdbc.sql("""
                            insert into expenditure (id, kommune_code, booked_on, amount_oere, cost_category, voucher,
                                                     initiative, import_job, recorded_by, recorded_at)
                            select gen_random_uuid(), :k, t.booked_on, t.amount_oere, t.cost_category, t.voucher,
                                   t.initiative, :job, :by, :at
                              from imp_expenditure t
                             where not exists (select 1 from expenditure e where e.kommune_code = :k and e.voucher = t.voucher)""")
                    .param("k", kommuneCode)
                    .param("job", origin.job())
                    .param("by", origin.actor())
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        }
        return new Counts(row.created(), 0, row.total() - row.created());
    }
}
