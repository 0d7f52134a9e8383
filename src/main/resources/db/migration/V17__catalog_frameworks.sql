-- Catalogue, part 2: cancelling an offering (aflysning) and the quality frames (rammer) an offering
-- is checked against.
--
-- A frame (framework) is national reference data: the ministry's demands on a kind of course (seed
-- 003: learning days, diploma modules, the day for the forvaltning). Each demand is a named rule on
-- one fact of an offering (attribute) with an operator, a value and, for "ca." figures, a tolerance;
-- the source paragraph is kept beside it. Frames hold no kommune's data and are readable by all.
-- Which frames an offering is checked against is the kommune's choice (offering_framework).

alter table offering
    add column cancelled_at  timestamptz,
    add column cancelled_by  text,
    add column cancel_reason text,
    add constraint offering_cancelled check ((status = 'CANCELLED') = (cancelled_at is not null and cancel_reason is not null));

create table framework (
    id          uuid primary key,
    code        text    not null unique,
    name        text    not null,
    target      text    not null,
    source      text    not null,
    position    integer not null
);

create table framework_demand (
    framework   uuid          not null references framework (id) on delete cascade,
    position    integer       not null,
    code        text          not null,
    label       text          not null,
    attribute   text          not null check (attribute in ('LEARNING_DAYS', 'HOURS_PER_LEARNING_DAY', 'TEACHING_HOURS',
                                                           'SUPERVISIONS', 'EXAM', 'COMPLETION_DOCUMENT', 'ECTS',
                                                           'MODULES', 'MODULE_ECTS', 'TARGET_ROLES', 'DELIVERY')),
    operator    text          not null check (operator in ('AT_LEAST', 'AT_MOST', 'APPROXIMATELY', 'REQUIRED', 'WITHIN', 'ONE_OF')),
    value       text          not null default '',
    tolerance   numeric(6, 2) not null default 0 check (tolerance >= 0),
    source      text          not null,
    primary key (framework, position),
    unique (framework, code)
);

create table offering_framework (
    offering     uuid     not null references offering (id) on delete cascade,
    framework    uuid     not null references framework (id),
    kommune_code smallint not null references kommune (code),
    primary key (offering, framework)
);

alter table offering_framework enable row level security;
alter table offering_framework force row level security;
create policy tenant on offering_framework using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));

-- Seed 003 (Børne- og Socialministeriet, ramme for kompetenceudvikling, "Stærke dagtilbud").
insert into framework (id, code, name, target, source, position) values
    ('00000003-0000-4000-8000-000000000001', 'LAERINGSDAGE_3',
     'Læringsforløb med tre læringsdage (faglige ledere / faglige fyrtårne / dagplejere med pædagogisk uddannelse)',
     'Faglige ledere, faglige fyrtårne og dagplejere med en pædagogisk uddannelse', 'Seed 003, afsnit 1.2 og 2.1', 1),
    ('00000003-0000-4000-8000-000000000002', 'DIPLOM_LEDERE',
     'Diplommoduler for faglige ledere (2 × 5 ECTS, 40 timers undervisning, to vejledninger, prøve)',
     'Faglige ledere (den daglige pædagogiske ledelse)', 'Seed 003, afsnit 3.1', 2),
    ('00000003-0000-4000-8000-000000000003', 'DIPLOM_FYRTAARNE',
     'Diplommodul for faglige fyrtårne (10 ECTS, min. 40 timer, to vejledninger, prøve)',
     'Faglige fyrtårne: pædagoguddannede medarbejdere i daginstitutioner', 'Seed 003, afsnit 3.2', 3),
    ('00000003-0000-4000-8000-000000000004', 'LAERINGSDAG_FORVALTNING',
     'Én læringsdag for forvaltningsniveauet (7,5 timer)',
     'Forvaltningschefer, klynge- og områdeledere samt pædagogiske konsulenter', 'Seed 003, afsnit 4.1', 4);

insert into framework_demand (framework, position, code, label, attribute, operator, value, tolerance, source) values
    ('00000003-0000-4000-8000-000000000001', 1, 'DAYS', 'Cirka tre læringsdage', 'LEARNING_DAYS', 'APPROXIMATELY', '3', 0, '2.1.2.1 Varighed'),
    ('00000003-0000-4000-8000-000000000001', 2, 'HOURS', 'Cirka 7,5 konfrontationstimer pr. læringsdag', 'HOURS_PER_LEARNING_DAY', 'APPROXIMATELY', '7.5', 0.5, '2.1.2.1 Varighed'),
    ('00000003-0000-4000-8000-000000000001', 3, 'ATTENDANCE', 'Læringsdagene er fremmødedage (e-læring kun imellem dem)', 'DELIVERY', 'ONE_OF', 'PLACE,BLENDED', 0, '2.1.2.3 Læringsdage'),
    ('00000003-0000-4000-8000-000000000001', 4, 'DOCUMENTATION', 'Dokumentation for fuldført læringsforløb', 'COMPLETION_DOCUMENT', 'REQUIRED', '', 0, '2.1.3 Krav til kvalitet'),
    ('00000003-0000-4000-8000-000000000001', 5, 'TARGET', 'Målgruppen er faglige ledere, faglige fyrtårne eller dagplejere', 'TARGET_ROLES', 'WITHIN', 'LEDER,SOUSCHEF,PAEDAGOG,DAGPLEJER', 0, '1.2 Målgrupper'),

    ('00000003-0000-4000-8000-000000000002', 1, 'MODULES', 'To moduler', 'MODULES', 'APPROXIMATELY', '2', 0, '3.1'),
    ('00000003-0000-4000-8000-000000000002', 2, 'MODULE_ECTS', 'Hvert modul svarer til 5 ECTS-point', 'MODULE_ECTS', 'APPROXIMATELY', '5', 0, '3.1'),
    ('00000003-0000-4000-8000-000000000002', 3, 'ECTS', 'I alt 10 ECTS-point', 'ECTS', 'APPROXIMATELY', '10', 0, '3.1'),
    ('00000003-0000-4000-8000-000000000002', 4, 'TEACHING', 'Sammenlagt 40 timers undervisning', 'TEACHING_HOURS', 'APPROXIMATELY', '40', 0, '3.1'),
    ('00000003-0000-4000-8000-000000000002', 5, 'SUPERVISION', 'To vejledninger', 'SUPERVISIONS', 'AT_LEAST', '2', 0, '3.1'),
    ('00000003-0000-4000-8000-000000000002', 6, 'EXAM', 'En prøve', 'EXAM', 'REQUIRED', '', 0, '3.1'),
    ('00000003-0000-4000-8000-000000000002', 7, 'DOCUMENTATION', 'Dokumentation for fuldført diplommodul', 'COMPLETION_DOCUMENT', 'REQUIRED', '', 0, '2.1.3 Krav til kvalitet'),
    ('00000003-0000-4000-8000-000000000002', 8, 'TARGET', 'Målgruppen er faglige ledere', 'TARGET_ROLES', 'WITHIN', 'LEDER,SOUSCHEF', 0, '1.2 Målgrupper, 3.1'),

    ('00000003-0000-4000-8000-000000000003', 1, 'ECTS', 'Svarer til 10 ECTS-point', 'ECTS', 'APPROXIMATELY', '10', 0, '3.2'),
    ('00000003-0000-4000-8000-000000000003', 2, 'TEACHING', 'Mindst 40 timers undervisning', 'TEACHING_HOURS', 'AT_LEAST', '40', 0, '3.2'),
    ('00000003-0000-4000-8000-000000000003', 3, 'SUPERVISION', 'To vejledninger', 'SUPERVISIONS', 'AT_LEAST', '2', 0, '3.2'),
    ('00000003-0000-4000-8000-000000000003', 4, 'EXAM', 'En prøve', 'EXAM', 'REQUIRED', '', 0, '3.2'),
    ('00000003-0000-4000-8000-000000000003', 5, 'DOCUMENTATION', 'Dokumentation for fuldført diplommodul', 'COMPLETION_DOCUMENT', 'REQUIRED', '', 0, '2.1.3 Krav til kvalitet'),
    ('00000003-0000-4000-8000-000000000003', 6, 'TARGET', 'Målgruppen er pædagoguddannede (faglige fyrtårne)', 'TARGET_ROLES', 'WITHIN', 'PAEDAGOG', 0, '1.2 Målgrupper, 3.2'),

    ('00000003-0000-4000-8000-000000000004', 1, 'DAYS', 'Én læringsdag', 'LEARNING_DAYS', 'APPROXIMATELY', '1', 0, '4.1'),
    ('00000003-0000-4000-8000-000000000004', 2, 'HOURS', 'Cirka 7,5 timer', 'HOURS_PER_LEARNING_DAY', 'APPROXIMATELY', '7.5', 0.5, '4.1'),
    ('00000003-0000-4000-8000-000000000004', 3, 'DOCUMENTATION', 'Dokumentation for fuldført forløb', 'COMPLETION_DOCUMENT', 'REQUIRED', '', 0, '4.1.2.3 Krav til kvalitet'),
    ('00000003-0000-4000-8000-000000000004', 4, 'TARGET', 'Målgruppen er ledere, konsulenter og forvaltning', 'TARGET_ROLES', 'WITHIN', 'LEDER,ANDET', 0, '4 Forvaltningsniveauet');
