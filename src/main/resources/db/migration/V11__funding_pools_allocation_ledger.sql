-- Funding (tilskud): pools and their rounds as data (every rule value with its source), allocation
-- keys (expected children per kommune), versioned allocations (preview -> publish), and each
-- kommune's grant ledger: grant entries and actual expenditure, both append-only.
-- Money is in øre (bigint). National data (pool, round, key, price index) has no kommune_code;
-- every table that belongs to a kommune has kommune_code and the tenancy policy of V1/V10.

create table pool (
    id            uuid primary key,
    name          text    not null unique,
    administrator text    not null,
    version       integer not null default 0
);

-- A round (tildelingsrunde): the years whose money is allocated together, by one kind of key, under
-- one set of rules. Dates that no source has fixed yet are null and shown as "ikke fastsat".
create table funding_round (
    id                        uuid primary key,
    pool_id                   uuid         not null references pool (id),
    name                      text         not null,
    first_year                smallint     not null,
    last_year                 smallint     not null check (last_year >= first_year),
    key_age_from              smallint     not null check (key_age_from >= 0),
    key_age_to                smallint     not null check (key_age_to >= key_age_from),
    key_reference_year        smallint     not null,
    start_window_from         date,
    start_window_to           date check (start_window_to >= start_window_from),
    completion_deadline       date,
    informal_cap_percent      numeric(5, 2) not null check (informal_cap_percent between 0 and 100),
    eligible_costs            text[]       not null,
    wages_eligible_from       date,
    substitutes_eligible_from date,
    eligible_kinds            text[]       not null,
    eligible_ownerships       text[]       not null,
    price_level_year          smallint     not null,
    local_plan_required       boolean      not null,
    version                   integer      not null default 0,
    unique (pool_id, name)
);

-- The money of each year of a round, and a one-off lift on top (engangsløft, e.g. 2026).
create table round_year (
    funding_round uuid     not null references funding_round (id) on delete cascade,
    year          smallint not null,
    amount_oere   bigint   not null check (amount_oere >= 0),
    one_off_oere  bigint   not null default 0 check (one_off_oere >= 0),
    primary key (funding_round, year)
);

-- Where each value of a round comes from: field is the round's property name ('amounts',
-- 'startWindow', 'informalCap', ...); status says how sure it is (research.md's tags).
create table round_source (
    funding_round uuid not null references funding_round (id) on delete cascade,
    field         text not null,
    status        text not null check (status in ('OFFICIAL', 'SECONDARY', 'DERIVED', 'ASSUMED', 'NOT_FOUND')),
    reference     text not null,
    primary key (funding_round, field)
);

-- An allocation key (fordelingsnøgle): children per kommune from a DST-style table, as imported.
-- Public statistics, the same for everyone, so no row-level security.
create table allocation_key (
    id             uuid primary key,
    name           text        not null,
    age_from       smallint    not null check (age_from >= 0),
    age_to         smallint    not null check (age_to >= age_from),
    reference_year smallint    not null,
    source         text        not null,
    file_name      text        not null,
    total_children bigint      not null check (total_children > 0),
    imported_by    text        not null,
    imported_at    timestamptz not null
);

create table allocation_key_row (
    allocation_key uuid     not null references allocation_key (id) on delete cascade,
    kommune_code   smallint not null references kommune (code),
    children       integer  not null check (children >= 0),
    primary key (allocation_key, kommune_code)
);

-- An allocation (udmelding) of some years of a round by one key. Numbered per round; a published
-- allocation supersedes the earlier published one for the same years.
create table allocation (
    id             uuid primary key,
    funding_round  uuid        not null references funding_round (id),
    allocation_key uuid        not null references allocation_key (id),
    number         integer     not null check (number > 0),
    first_year     smallint    not null,
    last_year      smallint    not null check (last_year >= first_year),
    status         text        not null check (status in ('PREVIEW', 'PUBLISHED', 'SUPERSEDED', 'DISCARDED')),
    created_by     text        not null,
    created_at     timestamptz not null,
    published_by   text,
    published_at   timestamptz,
    version        integer     not null default 0,
    unique (funding_round, number)
);

-- One kommune's share of one year: the key's children and the amount, whole kroner, in øre.
create table allocation_line (
    allocation   uuid     not null references allocation (id) on delete cascade,
    kommune_code smallint not null references kommune (code),
    year         smallint not null,
    children     integer  not null check (children >= 0),
    amount_oere  bigint   not null check (amount_oere >= 0 and amount_oere % 100 = 0),
    primary key (allocation, kommune_code, year)
);
create index allocation_line_kommune on allocation_line (kommune_code, year);

-- Pris- og lønindeks per year, editable by the ministry; grants are stated at a round's price level.
create table price_index (
    year        smallint primary key,
    index_value numeric(8, 3) not null check (index_value > 0),
    source      text          not null,
    version     integer       not null default 0
);

-- The grant side of a kommune's ledger: what it was granted per round and year. Publishing an
-- allocation writes GRANT entries; a later allocation for the same years writes the differences
-- as CORRECTION entries. Never updated or deleted.
create table grant_entry (
    id            uuid primary key,
    kommune_code  smallint    not null references kommune (code),
    funding_round uuid        not null references funding_round (id),
    year          smallint    not null,
    kind          text        not null check (kind in ('GRANT', 'CORRECTION')),
    amount_oere   bigint      not null,
    allocation    uuid references allocation (id),
    note          text,
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);
create index grant_entry_kommune on grant_entry (kommune_code, year);

-- Actual expenditure (forbrug) paid from the grant, by hand or from a finance-system file.
-- A wrong entry is corrected by a new entry with the opposite amount (corrects = the wrong one).
create table expenditure (
    id            uuid primary key,
    kommune_code  smallint    not null references kommune (code),
    booked_on     date        not null,
    amount_oere   bigint      not null check (amount_oere <> 0),
    cost_category text        not null,
    voucher       text        not null,
    initiative    text,
    note          text,
    corrects      uuid references expenditure (id),
    import_job    uuid references import_job (id),
    recorded_by   text        not null,
    recorded_at   timestamptz not null,
    unique (kommune_code, voucher)
);
create index expenditure_kommune_booked on expenditure (kommune_code, booked_on);

create function loeft_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception '% is append-only: entries are corrected by new entries, never changed', tg_table_name;
end
$$;

create trigger grant_entry_append_only before update or delete on grant_entry
    for each row execute function loeft_append_only();
create trigger expenditure_append_only before update or delete on expenditure
    for each row execute function loeft_append_only();

alter table allocation_line enable row level security;
alter table allocation_line force row level security;
create policy tenant on allocation_line using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table grant_entry enable row level security;
alter table grant_entry force row level security;
create policy tenant on grant_entry using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
alter table expenditure enable row level security;
alter table expenditure force row level security;
create policy tenant on expenditure using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));

alter table import_job drop constraint import_job_kind_check;
alter table import_job add constraint import_job_kind_check
    check (kind in ('INSTITUTIONS', 'CHILDREN_COUNTS', 'STAFF', 'EXPENDITURE'));

-- The pool and its known rounds (research.md §1; seeds 000, 001, 002; data/opkvalificeringspulje_ramme.csv).
insert into pool (id, name, administrator) values
('6b1f3c1e-2a41-4c55-9a0e-000000000001', 'Opkvalificeringspuljen på dagtilbudsområdet', 'Styrelsen for Undervisning og Kvalitet');

insert into funding_round (id, pool_id, name, first_year, last_year, key_age_from, key_age_to, key_reference_year,
                           start_window_from, start_window_to, completion_deadline, informal_cap_percent,
                           eligible_costs, wages_eligible_from, substitutes_eligible_from,
                           eligible_kinds, eligible_ownerships, price_level_year, local_plan_required) values
('6b1f3c1e-2a41-4c55-9a0e-000000002023', '6b1f3c1e-2a41-4c55-9a0e-000000000001', '1. tildelingsrunde 2023',
 2023, 2023, 0, 5, 2023, '2023-08-01', '2026-07-31', '2030-07-31', 10.00,
 '{DELTAGERBETALING,STUDIEUDGIFTER,UFORMEL,ADMINISTRATION,REVISION,LOEN}', '2023-12-01', null,
 '{VUGGESTUE,BOERNEHAVE,INTEGRERET,DAGPLEJE}', '{KOMMUNAL,SELVEJENDE,UDLICITERET,PULJEORDNING}', 2023, false),
('6b1f3c1e-2a41-4c55-9a0e-000000002024', '6b1f3c1e-2a41-4c55-9a0e-000000000001', 'Tildeling 2024-2025',
 2024, 2025, 0, 5, 2024, '2023-08-01', '2026-07-31', '2030-07-31', 10.00,
 '{DELTAGERBETALING,STUDIEUDGIFTER,UFORMEL,ADMINISTRATION,REVISION,LOEN}', '2023-12-01', null,
 '{VUGGESTUE,BOERNEHAVE,INTEGRERET,DAGPLEJE}', '{KOMMUNAL,SELVEJENDE,UDLICITERET,PULJEORDNING}', 2023, false),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', '6b1f3c1e-2a41-4c55-9a0e-000000000001', 'Tildelingsrunde 2026-2030',
 2026, 2030, 0, 5, 2026, null, null, '2030-07-31', 10.00,
 '{DELTAGERBETALING,STUDIEUDGIFTER,UFORMEL,ADMINISTRATION,REVISION,LOEN}', '2023-12-01', null,
 '{VUGGESTUE,BOERNEHAVE,INTEGRERET,DAGPLEJE}', '{KOMMUNAL,SELVEJENDE,UDLICITERET,PULJEORDNING}', 2026, true);

insert into round_year (funding_round, year, amount_oere, one_off_oere) values
('6b1f3c1e-2a41-4c55-9a0e-000000002023', 2023, 10700000000, 0),
('6b1f3c1e-2a41-4c55-9a0e-000000002024', 2024, 19590000000, 0),
('6b1f3c1e-2a41-4c55-9a0e-000000002024', 2025, 19590000000, 0),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 2026, 19590000000, 0),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 2027, 19590000000, 0),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 2028, 19590000000, 0),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 2029, 19590000000, 0),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 2030, 19590000000, 0);

insert into round_source (funding_round, field, status, reference)
select r.id, s.field, s.status, s.reference
from funding_round r
cross join (values
    ('amounts', 'OFFICIAL', 'UVM 29.6.2023: 107,0 mio. kr. i 2023 og 195,9 mio. kr. årligt 2024-2030 — https://www.uvm.dk/aktuelt/nyheder/uvm/2023/jun/230629-saadan-bliver-rammerne-for-opkvalificeringspuljen-paa-dagtilbudsomraadet'),
    ('key', 'SECONDARY', 'Direkte statslig tildeling efter forventet børnetal (KP); aldersgruppe og opgørelsesår for 2023-2025 ikke fundet — 0-5-årige antaget som i tidligere dagtilbudspuljer'),
    ('startWindow', 'SECONDARY', 'Første tildelingsrunde: aktiviteter igangsat 1.8.2023-31.7.2026 (Absalon, frødokument 002)'),
    ('completionDeadline', 'SECONDARY', 'Længerevarende forløb afsluttet senest 31.7.2030 (Absalon, frødokument 002)'),
    ('informalCap', 'SECONDARY', 'Højst 10 % til uformel opkvalificering (Rødovres plan, frødokument 001; BUPL Fyn)'),
    ('eligibleCosts', 'SECONDARY', 'Deltagerbetaling, studierelaterede udgifter, uformel opkvalificering, administration, revision (BUPL Fyn, KP)'),
    ('wagesEligibleFrom', 'SECONDARY', 'Løn under meritpædagoguddannelse efter aftale KL-BUPL/FOA fra 1.12.2023 (BUPL Hovedstaden)'),
    ('substitutesEligibleFrom', 'NOT_FOUND', 'Vikardækning var nævnt i aftalen fra 2020, men ikke i 2023-rammerne'),
    ('targetGroup', 'OFFICIAL', 'Pædagogisk personale i kommunale dagtilbud, daginstitutioner og dagpleje; SFO og privatinstitutioner ikke omfattet (UVM 29.6.2023; Dragør Nyt 22.8.2024)'),
    ('priceLevel', 'SECONDARY', 'Rødovres plan: forventet tilskud for 2025 angivet i 2023-niveau (frødokument 001)'),
    ('localPlan', 'NOT_FOUND', 'Ingen kilde bekræfter et krav om lokal plan for 2023-2025')
) as s (field, status, reference)
where r.first_year < 2026;

insert into round_source (funding_round, field, status, reference) values
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 'amounts', 'OFFICIAL', 'Fastholdt med finansloven for 2026 (195,9 mio. kr. årligt) — https://uvm.dk/ministeriet/puljer-udbud-og-prisuddelinger/puljer/puljeoversigt/tidligere-udmeldte-puljer/dagtilbud'),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 'oneOff', 'NOT_FOUND', 'Engangsløft i 2026 nævnt af UVM; beløbet er ikke fundet og står til 0 kr. til det kendes'),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 'key', 'OFFICIAL', 'Én tildelingsrunde i 2026 efter kommunens andel af forventede 0-5-årige børn i 2026 (ministeriets vejledning, frødokument 000)'),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 'startWindow', 'NOT_FOUND', 'Vindue for igangsættelse i anden runde ikke fundet'),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 'completionDeadline', 'SECONDARY', 'BUPL Lederforening: vinduet for midlerne lukker i 2030'),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 'informalCap', 'ASSUMED', 'Antaget uændret fra første runde (10 %)'),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 'eligibleCosts', 'ASSUMED', 'Antaget uændret fra første runde'),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 'wagesEligibleFrom', 'SECONDARY', 'Løn under meritpædagoguddannelse efter aftale fra 1.12.2023 (BUPL)'),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 'substitutesEligibleFrom', 'NOT_FOUND', 'Ikke fundet'),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 'targetGroup', 'OFFICIAL', 'Daginstitutioner og dagplejere (ministeriets vejledning, frødokument 000); privatinstitutioner har egen pulje fra 2026 (UVM 2.2026)'),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 'priceLevel', 'ASSUMED', 'Antaget 2026-niveau'),
('6b1f3c1e-2a41-4c55-9a0e-000000002026', 'localPlan', 'OFFICIAL', 'Det er en betingelse for midler, at kommunen har udarbejdet en lokal plan; den skal ikke indsendes (frødokument 000)');

insert into price_index (year, index_value, source) values
(2023, 100.000, 'Basisår (2023 = 100)'),
(2024, 100.000, 'Ikke indtastet: ret til KL''s pris- og lønskøn'),
(2025, 100.000, 'Ikke indtastet: ret til KL''s pris- og lønskøn'),
(2026, 100.000, 'Ikke indtastet: ret til KL''s pris- og lønskøn'),
(2027, 100.000, 'Ikke indtastet: ret til KL''s pris- og lønskøn'),
(2028, 100.000, 'Ikke indtastet: ret til KL''s pris- og lønskøn'),
(2029, 100.000, 'Ikke indtastet: ret til KL''s pris- og lønskøn'),
(2030, 100.000, 'Ikke indtastet: ret til KL''s pris- og lønskøn');
