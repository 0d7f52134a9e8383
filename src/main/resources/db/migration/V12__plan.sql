-- The local upskilling plan (lokal opkvalificeringsplan): a plan of a kommune has numbered versions
-- (draft -> submitted -> approved -> superseded); a version holds texts, coverage goals, initiatives
-- with their intake per year, and cost lines (per initiative or common), money in øre.
-- Approved and superseded versions are frozen: the triggers below refuse any change to them or
-- their rows, whatever the application does. Every table has kommune_code and the tenancy policy.

create table plan (
    id           uuid primary key,
    kommune_code smallint    not null references kommune (code),
    created_by   text        not null,
    created_at   timestamptz not null
);
create index plan_kommune on plan (kommune_code);

create table plan_version (
    id                 uuid primary key,
    plan_id            uuid        not null references plan (id),
    kommune_code       smallint    not null references kommune (code),
    version_no         integer     not null check (version_no > 0),
    status             text        not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'SUPERSEDED')),
    title              text        not null,
    first_year         smallint    not null,
    last_year          smallint    not null check (last_year >= first_year),
    background         text        not null,
    involvement        text        not null,
    evaluation         text        not null,
    approval_body      text check (approval_body in ('KOMMUNALBESTYRELSE', 'UDVALG')),
    approval_body_name text,
    approval_date      date,
    approval_reference text,
    changed_by         text        not null,
    changed_at         timestamptz not null,
    lock_version       integer     not null default 0,
    unique (plan_id, version_no),
    check ((status in ('APPROVED', 'SUPERSEDED')) = (approval_body is not null and approval_date is not null))
);
create index plan_version_kommune on plan_version (kommune_code, plan_id);

create table plan_goal (
    version_id   uuid         not null references plan_version (id),
    position     integer      not null,
    kommune_code smallint     not null references kommune (code),
    scope        text         not null check (scope in ('KOMMUNE', 'AREA', 'INSTITUTION')),
    scope_id     uuid,
    scope_name   text         not null,
    kind         text         not null check (kind in ('SHARE', 'POINTS')),
    value        numeric(5, 1) not null check (value > 0 and value <= 100),
    year         smallint     not null,
    primary key (version_id, position)
);

-- Initiative and cost line ids are kept when a revision copies a version, so versions compare by id.
create table plan_initiative (
    version_id               uuid     not null references plan_version (id),
    id                       uuid     not null,
    position                 integer  not null,
    kommune_code             smallint not null references kommune (code),
    name                     text     not null,
    kind                     text     not null,
    informal                 boolean  not null,
    target_group             text     not null,
    target_roles             text[]   not null,
    provider                 text     not null,
    start_date               date     not null,
    end_date                 date     not null check (end_date >= start_date),
    months_per_participant   integer  not null check (months_per_participant > 0),
    description              text     not null,
    primary key (version_id, id)
);

create table plan_intake (
    version_id    uuid     not null,
    initiative_id uuid     not null,
    kommune_code  smallint not null references kommune (code),
    year          smallint not null,
    seats         integer  not null check (seats >= 0),
    primary key (version_id, initiative_id, year),
    foreign key (version_id, initiative_id) references plan_initiative (version_id, id)
);

create table plan_cost_line (
    version_id      uuid          not null references plan_version (id),
    id              uuid          not null,
    position        integer       not null,
    kommune_code    smallint      not null references kommune (code),
    initiative_id   uuid,
    year            smallint      not null,
    cost_type       text          not null,
    text            text          not null,
    quantity        numeric(12, 2) not null check (quantity >= 0),
    unit_price_oere bigint        not null check (unit_price_oere >= 0),
    source_kind     text          not null check (source_kind in ('POOL', 'OWN_BUDGET', 'OTHER_FUND', 'JOBROTATION')),
    round_id        uuid references funding_round (id),
    fund_name       text,
    primary key (version_id, id),
    foreign key (version_id, initiative_id) references plan_initiative (version_id, id),
    check ((source_kind = 'POOL') = (round_id is not null))
);
create index plan_cost_line_kommune on plan_cost_line (kommune_code, version_id);

-- A frozen version (approved or superseded) refuses every change to its rows.
create function plan_refuse_frozen_rows() returns trigger
    language plpgsql
as $$
declare
    frozen boolean;
begin
    select bool_or(status in ('APPROVED', 'SUPERSEDED')) into frozen
      from plan_version
     where id in (case when tg_op = 'DELETE' then old.version_id else new.version_id end,
                  case when tg_op = 'INSERT' then new.version_id else old.version_id end);
    if frozen then
        raise exception 'plan version is approved and frozen: % on % refused', tg_op, tg_table_name;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger plan_goal_frozen before insert or update or delete on plan_goal
    for each row execute function plan_refuse_frozen_rows();
create trigger plan_initiative_frozen before insert or update or delete on plan_initiative
    for each row execute function plan_refuse_frozen_rows();
create trigger plan_intake_frozen before insert or update or delete on plan_intake
    for each row execute function plan_refuse_frozen_rows();
create trigger plan_cost_line_frozen before insert or update or delete on plan_cost_line
    for each row execute function plan_refuse_frozen_rows();

-- A frozen version itself: never deleted; an approved one may only become superseded (or have its lock
-- taken by a revision starting), its content never changes.
create function plan_version_refuse_frozen() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'DELETE' then
        if old.status in ('APPROVED', 'SUPERSEDED') then
            raise exception 'plan version % is approved and frozen: delete refused', old.id;
        end if;
        return old;
    end if;
    if old.status = 'SUPERSEDED'
       or (old.status = 'APPROVED'
           and (new.status not in ('APPROVED', 'SUPERSEDED')
                or (new.plan_id, new.kommune_code, new.version_no, new.title, new.first_year, new.last_year,
                    new.background, new.involvement, new.evaluation, new.approval_body, new.approval_body_name,
                    new.approval_date, new.approval_reference)
                   is distinct from
                   (old.plan_id, old.kommune_code, old.version_no, old.title, old.first_year, old.last_year,
                    old.background, old.involvement, old.evaluation, old.approval_body, old.approval_body_name,
                    old.approval_date, old.approval_reference))) then
        raise exception 'plan version % is % and frozen: update refused', old.id, old.status;
    end if;
    return new;
end
$$;

create trigger plan_version_frozen before update or delete on plan_version
    for each row execute function plan_version_refuse_frozen();

alter table plan enable row level security;
alter table plan force row level security;
create policy tenant on plan using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table plan_version enable row level security;
alter table plan_version force row level security;
create policy tenant on plan_version using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table plan_goal enable row level security;
alter table plan_goal force row level security;
create policy tenant on plan_goal using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table plan_initiative enable row level security;
alter table plan_initiative force row level security;
create policy tenant on plan_initiative using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table plan_intake enable row level security;
alter table plan_intake force row level security;
create policy tenant on plan_intake using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table plan_cost_line enable row level security;
alter table plan_cost_line force row level security;
create policy tenant on plan_cost_line using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
