-- Running the plan, part 3: evaluations, notices (e-mail) and calendar feeds.
--
-- staff_member.email: where a person's notices are e-mailed (optional; without it the notice is only
-- shown in Løft). Leaders are staff members too (user_account.staff_id).
-- evaluation_question_set / evaluation_question: the forvaltning's questions per plan initiative (the
-- initiative id is stable across plan versions), for participants and for their leaders; an
-- initiative without its own set uses the default set.
-- evaluation_response / evaluation_answer: one answer per seated participation and audience
-- (the participant, or a leader of the participant's institution), each answer with the question's
-- text as it was asked, so later edits of a set never change earlier results.
-- notice: every notice sent to a person (beskeder), and the log that stops a notice going twice
-- (dedup_key, e.g. the reminder of one session to one person).
-- calendar_feed: a person's secret calendar address, stored as a SHA-256 hash of the token.

alter table staff_member add column email text check (email is null or (length(email) <= 254 and email like '%_@_%'));

create table evaluation_question_set (
    kommune_code    smallint    not null references kommune (code),
    plan_initiative uuid        not null,
    changed_by      text        not null,
    changed_at      timestamptz not null,
    version         integer     not null default 0,
    primary key (kommune_code, plan_initiative)
);

create table evaluation_question (
    kommune_code    smallint not null references kommune (code),
    plan_initiative uuid     not null,
    audience        text     not null check (audience in ('PARTICIPANT', 'LEADER')),
    position        integer  not null check (position >= 0),
    kind            text     not null check (kind in ('SCALE', 'TEXT')),
    text            text     not null check (length(text) between 1 and 300),
    primary key (kommune_code, plan_initiative, audience, position),
    foreign key (kommune_code, plan_initiative) references evaluation_question_set (kommune_code, plan_initiative) on delete cascade
);

create table evaluation_response (
    id            uuid primary key,
    kommune_code  smallint    not null references kommune (code),
    participation uuid        not null references participation (id),
    offering      uuid        not null references offering (id),
    audience      text        not null check (audience in ('PARTICIPANT', 'LEADER')),
    answered_by   text        not null,
    submitted_at  timestamptz not null,
    unique (participation, audience)
);
create index evaluation_response_offering on evaluation_response (offering);

create table evaluation_answer (
    response     uuid     not null references evaluation_response (id) on delete cascade,
    position     integer  not null,
    kommune_code smallint not null references kommune (code),
    kind         text     not null check (kind in ('SCALE', 'TEXT')),
    question     text     not null,
    score        smallint check (score between 1 and 5),
    comment      text check (length(comment) <= 2000),
    primary key (response, position),
    check ((kind = 'SCALE') = (comment is null))
);

create table notice (
    id           uuid primary key,
    kommune_code smallint    not null references kommune (code),
    staff_member uuid        not null references staff_member (id),
    kind         text        not null check (kind in ('DECISION', 'SEAT', 'REMINDER')),
    dedup_key    text        not null,
    subject      text        not null,
    body         text        not null,
    email        text,
    delivery     text        not null check (delivery in ('PENDING', 'SENT', 'LOGGED', 'NO_ADDRESS', 'FAILED')),
    created_at   timestamptz not null,
    unique (kommune_code, dedup_key)
);
create index notice_staff on notice (staff_member, created_at desc);

create table calendar_feed (
    user_account uuid primary key references user_account (id) on delete cascade,
    kommune_code smallint    not null references kommune (code),
    token_hash   text        not null unique,
    created_at   timestamptz not null
);

do $$
declare t text;
begin
    foreach t in array array['evaluation_question_set', 'evaluation_question', 'evaluation_response',
                             'evaluation_answer', 'notice', 'calendar_feed']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant on %I using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code))', t);
    end loop;
end $$;
