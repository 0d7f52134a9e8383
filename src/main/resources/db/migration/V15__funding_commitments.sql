-- What a kommune's approved plan commits of its grants (disponeret), per round and year. Each approval
-- of a plan version appends a set; the newest set of each plan is what the ledger shows. Sets and
-- their lines are never changed (append-only), so the ledger keeps every earlier commitment with
-- who recorded it and when.
create table commitment_set (
    id              uuid primary key,
    kommune_code    smallint    not null references kommune (code),
    plan_id         uuid        not null,
    plan_version_no int         not null check (plan_version_no > 0),
    plan_title      text        not null,
    approved_on     date        not null,
    recorded_at     timestamptz not null,
    recorded_by     text        not null,
    unique (plan_id, plan_version_no)
);

create index commitment_set_kommune on commitment_set (kommune_code, plan_id, recorded_at);

create table commitment_line (
    commitment_set uuid     not null references commitment_set (id),
    kommune_code   smallint not null references kommune (code),
    funding_round  uuid     not null references funding_round (id),
    year           int      not null check (year between 2000 and 2100),
    amount_oere    bigint   not null check (amount_oere >= 0),
    primary key (commitment_set, funding_round, year)
);

create index commitment_line_kommune on commitment_line (kommune_code);

create trigger commitment_set_append_only before update or delete on commitment_set
    for each row execute function loeft_append_only();
create trigger commitment_line_append_only before update or delete on commitment_line
    for each row execute function loeft_append_only();

alter table commitment_set enable row level security;
alter table commitment_set force row level security;
create policy tenant on commitment_set using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table commitment_line enable row level security;
alter table commitment_line force row level security;
create policy tenant on commitment_line using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
