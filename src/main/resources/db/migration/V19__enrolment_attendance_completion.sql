-- Running the plan, part 5: attendance (fremmøde), results (resultater) and progress over long
-- programmes (fremdrift).
--
-- attendance: per seated participation and session of its offering, present, absent or excused
-- (afbud, with its reason).
-- completion_entry: who registered a participation's result and how (by hand or from the
-- provider's file), and what it changed in the person's record (an education, diploma modules),
-- so a wrong result can be corrected: the entry is then marked corrected, the changes undone and
-- the participation is back to seated.
-- participation_progress: the parts of a long programme passed so far: a semester of merit
-- (credited when merit gives credit for a practice period) or a PD module with its ECTS.

create table attendance (
    participation uuid        not null references participation (id) on delete cascade,
    session       uuid        not null references offering_session (id) on delete cascade,
    kommune_code  smallint    not null references kommune (code),
    status        text        not null check (status in ('PRESENT', 'ABSENT', 'EXCUSED')),
    reason        text,
    recorded_by   text        not null,
    recorded_at   timestamptz not null,
    primary key (participation, session),
    check ((status = 'EXCUSED') = (reason is not null))
);
create index attendance_session on attendance (session);

create table completion_entry (
    id                uuid primary key,
    participation     uuid        not null references participation (id) on delete cascade,
    kommune_code      smallint    not null references kommune (code),
    source            text        not null check (source in ('MANUAL', 'IMPORT')),
    outcome           text        not null check (outcome in ('PASSED', 'FAILED', 'DROPPED_OUT')),
    recorded_by       text        not null,
    recorded_at       timestamptz not null,
    education_added   text,
    education_year    integer,
    modules_added     text[]      not null default '{}',
    corrected_by      text,
    corrected_at      timestamptz,
    correction_reason text,
    check ((corrected_at is null) = (correction_reason is null))
);
create unique index completion_entry_current on completion_entry (participation) where corrected_at is null;

create table participation_progress (
    id            uuid primary key,
    participation uuid        not null references participation (id) on delete cascade,
    kommune_code  smallint    not null references kommune (code),
    part          text        not null check (length(part) between 1 and 200),
    ects          integer     not null default 0 check (ects >= 0 and ects <= 60),
    passed_on     date        not null,
    credited      boolean     not null default false,
    recorded_by   text        not null,
    recorded_at   timestamptz not null,
    unique (participation, part)
);

do $$
declare t text;
begin
    foreach t in array array['attendance', 'completion_entry', 'participation_progress']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant on %I using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code))', t);
    end loop;
end $$;
