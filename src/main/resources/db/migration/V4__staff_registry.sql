create table staff_member (
    id                      uuid primary key,
    kommune_code            smallint    not null references kommune (code),
    employee_number         text        not null,
    name                    text        not null,
    birth_date              date        not null,
    role                    text        not null,
    prior_experience_months integer     not null default 0 check (prior_experience_months >= 0),
    updated_at              timestamptz not null,
    version                 integer     not null default 0,
    unique (kommune_code, employee_number)
);

create table staff_education (
    staff_member   uuid     not null references staff_member (id) on delete cascade,
    kommune_code   smallint not null,
    education      text     not null,
    completed_year integer  not null check (completed_year between 1950 and 2100),
    primary key (staff_member, education)
);

create table staff_diploma_module (
    staff_member uuid     not null references staff_member (id) on delete cascade,
    kommune_code smallint not null,
    name         text     not null,
    ects         integer  not null check (ects > 0 and ects <= 60),
    completed_on date     not null,
    primary key (staff_member, name)
);

create table employment (
    staff_member   uuid          not null references staff_member (id) on delete cascade,
    kommune_code   smallint      not null,
    institution_id uuid          not null references institution (id),
    weekly_hours   numeric(5, 2) not null check (weekly_hours > 0 and weekly_hours <= 48),
    start_date     date          not null,
    end_date       date,
    check (end_date is null or end_date >= start_date),
    primary key (staff_member, institution_id, start_date)
);
create index employment_institution on employment (institution_id, start_date);
create index employment_kommune on employment (kommune_code, start_date);

create table staff_function (
    staff_member uuid     not null references staff_member (id) on delete cascade,
    kommune_code smallint not null,
    function     text     not null,
    since        date,
    primary key (staff_member, function)
);

alter table staff_member enable row level security;
alter table staff_member force row level security;
create policy tenant on staff_member using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table staff_education enable row level security;
alter table staff_education force row level security;
create policy tenant on staff_education using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table staff_diploma_module enable row level security;
alter table staff_diploma_module force row level security;
create policy tenant on staff_diploma_module using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table employment enable row level security;
alter table employment force row level security;
create policy tenant on employment using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table staff_function enable row level security;
alter table staff_function force row level security;
create policy tenant on staff_function using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
