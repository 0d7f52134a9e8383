create table area (
    id           uuid primary key,
    kommune_code smallint not null references kommune (code),
    name         text     not null,
    version      integer  not null default 0,
    unique (kommune_code, name)
);

create table institution (
    id           uuid primary key,
    kommune_code smallint not null references kommune (code),
    number       text     not null,
    name         text     not null,
    kind         text     not null,
    ownership    text     not null,
    area_id      uuid references area (id),
    street       text,
    postal_code  text,
    city         text,
    version      integer  not null default 0,
    unique (kommune_code, number)
);
create index institution_kommune_name on institution (kommune_code, name);
create index institution_area on institution (area_id);

-- Children enrolled per institution and month, by age band (full-time converted, so decimals).
create table children_count (
    id             uuid primary key,
    kommune_code   smallint      not null references kommune (code),
    institution_id uuid          not null references institution (id) on delete cascade,
    month          date          not null check (extract(day from month) = 1),
    children_0_2   numeric(8, 2) not null check (children_0_2 >= 0),
    children_3_5   numeric(8, 2) not null check (children_3_5 >= 0),
    version        integer       not null default 0,
    unique (institution_id, month)
);
create index children_count_kommune_month on children_count (kommune_code, month);

alter table area enable row level security;
alter table area force row level security;
create policy tenant on area using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table institution enable row level security;
alter table institution force row level security;
create policy tenant on institution using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table children_count enable row level security;
alter table children_count force row level security;
create policy tenant on children_count using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
