package dk.loeft.dataimport;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes checked children counts: staged with COPY, one upsert by (institution, month). */
@Component
class ChildrenCountWriter implements ImportWriter<ChildrenCountCheck.Line> {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ChildrenCountWriter(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CHILDREN_COUNTS;
    }

    @Override
    public Counts write(
            int kommuneCode, Checked<ChildrenCountCheck.Line> checked, boolean apply, Origin origin, Steps steps) {
        steps.at(1, 3, "dataimport.phase.stage");
        jdbc.sql("""
                create temp table imp_children (
                    institution_number text not null, month date not null,
                    children_0_2 numeric(8, 2) not null, children_3_5 numeric(8, 2) not null) on commit drop""").update();
        try (CopyRows copy =
                CopyRows.into(dataSource, "imp_children (institution_number, month, children_0_2, children_3_5)")) {
            for (ChildrenCountCheck.Line line : checked.items()) {
                copy.add(line.institutionNumber())
                        .add(line.month().atDay(1))
                        .add(line.children02())
                        .add(line.children35())
                        .endRow();
            }
            copy.finish();
        }
        steps.at(2, 3, "dataimport.phase.compare");
        record Row(int created, int updated, int total, int matched) {}
        Row row = jdbc.sql("""
                        select count(*) filter (where i.id is not null and c.id is null) as created,
                               count(*) filter (where c.id is not null
                                   and (c.children_0_2, c.children_3_5)
                                       is distinct from (t.children_0_2, t.children_3_5)) as updated,
                               count(*) as total,
                               count(i.id) as matched
                          from imp_children t
                          left join institution i on i.kommune_code = :k and i.number = t.institution_number
                          left join children_count c on c.institution_id = i.id and c.month = t.month
                        """)
                .param("k", kommuneCode)
                .query((rs, n) ->
                        new Row(rs.getInt("created"), rs.getInt("updated"), rs.getInt("total"), rs.getInt("matched")))
                .single();
        if (row.matched() != row.total()) {
            throw new StaleImportException();
        }
        if (apply) {
            steps.at(3, 3, "dataimport.phase.children");
            jdbc.sql("""
                    insert into children_count (id, kommune_code, institution_id, month, children_0_2, children_3_5, version)
                    select gen_random_uuid(), :k, i.id, t.month, t.children_0_2, t.children_3_5, 0
                      from imp_children t
                      join institution i on i.kommune_code = :k and i.number = t.institution_number
                    on conflict (institution_id, month) do update
                       set children_0_2 = excluded.children_0_2, children_3_5 = excluded.children_3_5,
                           version = children_count.version + 1
                     where (children_count.children_0_2, children_count.children_3_5)
                           is distinct from (excluded.children_0_2, excluded.children_3_5)""").param("k", kommuneCode).update();
        }
        return new Counts(row.created(), row.updated(), row.total() - row.created() - row.updated());
    }
}
