-- Running the plan, part 1: the kommune's course catalogue and who takes part.
--
-- catalog: providers (udbydere) and their offerings (udbud): a programme, diploma module, learning
-- days, AMU course or a course the kommune tailors itself, with modules (ECTS), sessions (dates and
-- times), capacity, minimum class size, price per participant and target group, linked to a plan
-- initiative. Quotas reserve seats per institution.
-- enrolment: applications (ansøgninger) with up to three prioritised choices, approved in two stages
-- (leader, then forvaltning), and participations (deltagelse): a seat or a place on the wait-list in
-- one offering, ended by cancellation (afbud) or by a result (bestået, ikke bestået, afbrudt).
-- Every table carries kommune_code and the tenancy policy: the catalogue is the kommune's own.

create table provider (
    id           uuid primary key,
    kommune_code smallint    not null references kommune (code),
    name         text        not null,
    kind         text        not null check (kind in ('PROFESSIONSHOEJSKOLE', 'SOSU_SKOLE', 'AMU_CENTER', 'KOMMUNE', 'ANDEN')),
    email        text,
    created_at   timestamptz not null,
    version      integer     not null default 0,
    unique (kommune_code, name)
);

create table offering (
    id                     uuid primary key,
    kommune_code           smallint     not null references kommune (code),
    provider_id            uuid         not null references provider (id),
    title                  text         not null,
    kind                   text         not null check (kind in ('PROGRAMME', 'DIPLOMA_MODULE', 'LEARNING_DAYS', 'AMU_COURSE', 'COURSE')),
    programme              text,
    plan_initiative        uuid,
    tailored               boolean      not null default false,
    delivery               text         not null check (delivery in ('PLACE', 'NET', 'BLENDED')),
    place                  text         not null default '',
    start_date             date         not null,
    end_date               date         not null check (end_date >= start_date),
    application_deadline   date,
    cancellation_deadline  date,
    capacity               integer      not null check (capacity > 0 and capacity <= 10000),
    minimum_participants   integer      not null default 0 check (minimum_participants >= 0),
    price_oere             bigint       not null default 0 check (price_oere >= 0),
    target_roles           text[]       not null default '{}',
    target_group           text         not null default '',
    description            text         not null default '',
    learning_days          integer      not null default 0 check (learning_days >= 0),
    hours_per_learning_day numeric(4, 2) not null default 0 check (hours_per_learning_day >= 0 and hours_per_learning_day <= 24),
    teaching_hours         integer      not null default 0 check (teaching_hours >= 0),
    supervisions           integer      not null default 0 check (supervisions >= 0),
    exam                   boolean      not null default false,
    completion_document    boolean      not null default false,
    status                 text         not null check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    published_at           timestamptz,
    changed_by             text         not null,
    changed_at             timestamptz  not null,
    version                integer      not null default 0,
    check (minimum_participants <= capacity)
);
create index offering_kommune on offering (kommune_code, start_date);
create index offering_initiative on offering (plan_initiative);

create table offering_module (
    offering     uuid     not null references offering (id) on delete cascade,
    position     integer  not null,
    kommune_code smallint not null references kommune (code),
    name         text     not null,
    ects         integer  not null check (ects > 0 and ects <= 60),
    primary key (offering, position)
);

create table offering_session (
    offering     uuid        not null references offering (id) on delete cascade,
    id           uuid        not null,
    kommune_code smallint    not null references kommune (code),
    starts_at    timestamptz not null,
    ends_at      timestamptz not null check (ends_at > starts_at),
    place        text        not null default '',
    title        text        not null default '',
    primary key (offering, id),
    unique (id)
);

create table offering_quota (
    offering     uuid     not null references offering (id) on delete cascade,
    institution  uuid     not null references institution (id),
    kommune_code smallint not null references kommune (code),
    seats        integer  not null check (seats > 0),
    primary key (offering, institution)
);

create table application (
    id                 uuid primary key,
    kommune_code       smallint    not null references kommune (code),
    staff_member       uuid        not null references staff_member (id),
    institution        uuid        references institution (id),
    nominated          boolean     not null default false,
    motivation         text        not null default '',
    status             text        not null check (status in ('SUBMITTED', 'LEADER_APPROVED', 'APPROVED', 'REFUSED', 'WITHDRAWN')),
    submitted_by       text        not null,
    submitted_at       timestamptz not null,
    leader_decided_by  text,
    leader_decided_at  timestamptz,
    admin_decided_by   text,
    admin_decided_at   timestamptz,
    refused_stage      text check (refused_stage in ('LEADER', 'ADMIN')),
    refusal_reason     text,
    own_budget         boolean     not null default false,
    own_budget_reason  text,
    version            integer     not null default 0,
    check ((status = 'REFUSED') = (refusal_reason is not null and refused_stage is not null))
);
create index application_kommune on application (kommune_code, status);
create index application_staff on application (staff_member);

create table application_choice (
    application  uuid     not null references application (id) on delete cascade,
    priority     integer  not null check (priority between 1 and 3),
    kommune_code smallint not null references kommune (code),
    offering     uuid     not null references offering (id),
    primary key (application, priority),
    unique (application, offering)
);
create index application_choice_offering on application_choice (offering);

create table participation (
    id             uuid primary key,
    kommune_code   smallint    not null references kommune (code),
    offering       uuid        not null references offering (id),
    staff_member   uuid        not null references staff_member (id),
    institution    uuid        references institution (id),
    application    uuid        references application (id),
    status         text        not null check (status in ('WAITLISTED', 'ENROLLED', 'CANCELLED', 'COMPLETED')),
    queued_at      timestamptz not null,
    seated_at      timestamptz,
    cancelled_at   timestamptz,
    cancelled_by   text,
    cancel_reason  text,
    cancelled_late boolean     not null default false,
    outcome        text check (outcome in ('PASSED', 'FAILED', 'DROPPED_OUT')),
    outcome_on     date,
    outcome_reason text,
    ects_awarded   integer     not null default 0 check (ects_awarded >= 0),
    version        integer     not null default 0,
    check ((status = 'COMPLETED') = (outcome is not null and outcome_on is not null)),
    check ((status = 'CANCELLED') = (cancelled_at is not null))
);
create index participation_offering on participation (offering, status);
create index participation_staff on participation (staff_member);
create unique index participation_once on participation (offering, staff_member) where status <> 'CANCELLED';

do $$
declare t text;
begin
    foreach t in array array['provider', 'offering', 'offering_module', 'offering_session', 'offering_quota',
                             'application', 'application_choice', 'participation']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant on %I using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code))', t);
    end loop;
end $$;
