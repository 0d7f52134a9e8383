-- Import jobs and their history: one row per uploaded file, from checking to written (or refused).
-- The checked rows themselves are kept in the application's memory until confirmed; what the user
-- sees (status, progress, counts, errors, preview) is here, so the page can be left and come back to.
create table import_job (
    id              uuid        primary key,
    kommune_code    smallint    not null references kommune (code),
    kind            text        not null check (kind in ('INSTITUTIONS', 'CHILDREN_COUNTS', 'STAFF')),
    file_name       text        not null,
    actor           text        not null,
    actor_name      text        not null,
    status          text        not null check (status in ('VALIDATING', 'INVALID', 'READY', 'WRITING', 'DONE',
                                                           'FAILED', 'CANCELLED', 'EXPIRED')),
    total_rows      integer     not null default 0 check (total_rows >= 0),
    processed_rows  integer     not null default 0 check (processed_rows >= 0),
    phase           text,
    step            integer     not null default 0 check (step >= 0),
    steps           integer     not null default 0 check (steps >= step),
    created_count   integer     not null default 0 check (created_count >= 0),
    updated_count   integer     not null default 0 check (updated_count >= 0),
    unchanged_count integer     not null default 0 check (unchanged_count >= 0),
    error_count     integer     not null default 0 check (error_count >= 0),
    errors          jsonb       not null default '[]',
    warnings        jsonb       not null default '[]',
    preview         jsonb,
    source          text,
    failure         text,
    started_at      timestamptz not null,
    finished_at     timestamptz
);
create index import_job_kommune_started on import_job (kommune_code, started_at desc);

alter table import_job enable row level security;
alter table import_job force row level security;
create policy tenant on import_job using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
