package dk.loeft.dataimport;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes checked institutions set-based: staged with COPY, new areas created, then one upsert by
 * the natural key (kommune, institution number) that changes only rows whose facts differ. An
 * optional column the file lacks keeps what the institution has.
 */
@Component
class InstitutionWriter implements ImportWriter<InstitutionCheck.Line> {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    InstitutionWriter(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.INSTITUTIONS;
    }

    @Override
    public Counts write(
            int kommuneCode, Checked<InstitutionCheck.Line> checked, boolean apply, Origin origin, Steps steps) {
        steps.at(1, 3, "dataimport.phase.stage");
        jdbc.sql("""
                create temp table imp_institution (
                    number text not null, name text not null, kind text not null, ownership text not null,
                    area text, street text, postal_code text, city text) on commit drop""").update();
        try (CopyRows copy = CopyRows.into(
                dataSource, "imp_institution (number, name, kind, ownership, area, street, postal_code, city)")) {
            for (InstitutionCheck.Line line : checked.items()) {
                copy.add(line.number())
                        .add(line.name())
                        .add(line.kind().name())
                        .add(line.ownership().name())
                        .add(line.area())
                        .add(line.street())
                        .add(line.postalCode())
                        .add(line.city())
                        .endRow();
            }
            copy.finish();
        }
        steps.at(2, 3, "dataimport.phase.compare");
        keepAbsentColumns(kommuneCode, checked);
        Counts counts = jdbc.sql("""
                        select count(*) filter (where i.id is null) as created,
                               count(*) filter (where i.id is not null
                                   and (i.name, i.kind, i.ownership, a.name, i.street, i.postal_code, i.city)
                                       is distinct from (t.name, t.kind, t.ownership, t.area, t.street, t.postal_code, t.city))
                                   as updated,
                               count(*) as total
                          from imp_institution t
                          left join institution i on i.kommune_code = :k and i.number = t.number
                          left join area a on a.id = i.area_id
                        """)
                .param("k", kommuneCode)
                .query((rs, n) -> new Counts(
                        rs.getInt("created"),
                        rs.getInt("updated"),
                        rs.getInt("total") - rs.getInt("created") - rs.getInt("updated")))
                .single();
        if (apply) {
            steps.at(3, 3, "dataimport.phase.institutions");
            jdbc.sql("""
                    insert into area (id, kommune_code, name)
                    select gen_random_uuid(), :k, x.area
                      from (select distinct area from imp_institution where area is not null) x
                    on conflict (kommune_code, name) do nothing""").param("k", kommuneCode).update();
            jdbc.sql("""
                    insert into institution (id, kommune_code, number, name, kind, ownership, area_id,
                                             street, postal_code, city, version)
                    select gen_random_uuid(), :k, t.number, t.name, t.kind, t.ownership, a.id,
                           t.street, t.postal_code, t.city, 0
                      from imp_institution t
                      left join area a on a.kommune_code = :k and a.name = t.area
                    on conflict (kommune_code, number) do update
                       set name = excluded.name, kind = excluded.kind, ownership = excluded.ownership,
                           area_id = excluded.area_id, street = excluded.street,
                           postal_code = excluded.postal_code, city = excluded.city,
                           version = institution.version + 1
                     where (institution.name, institution.kind, institution.ownership, institution.area_id,
                            institution.street, institution.postal_code, institution.city)
                           is distinct from (excluded.name, excluded.kind, excluded.ownership, excluded.area_id,
                            excluded.street, excluded.postal_code, excluded.city)""").param("k", kommuneCode).update();
        }
        return counts;
    }

    private void keepAbsentColumns(int kommuneCode, Checked<InstitutionCheck.Line> checked) {
        List<String> keep = new ArrayList<>();
        if (!checked.has("institution.area")) {
            keep.add("area = (select a.name from area a where a.id = i.area_id)");
        }
        if (!checked.has("institution.street")) {
            keep.add("street = i.street");
        }
        if (!checked.has("institution.postalcode")) {
            keep.add("postal_code = i.postal_code");
        }
        if (!checked.has("institution.city")) {
            keep.add("city = i.city");
        }
        if (!keep.isEmpty()) {
            jdbc.sql("update imp_institution t set " + String.join(", ", keep)
                            + " from institution i where i.kommune_code = :k and i.number = t.number")
                    .param("k", kommuneCode)
                    .update();
        }
    }
}
