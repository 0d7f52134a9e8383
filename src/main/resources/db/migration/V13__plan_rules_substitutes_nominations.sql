-- Plan rules and candidates.
--
-- 1. Substitutes (vikardækning) from the pool. The seeded rounds (V11) did not pay for substitutes,
-- yet Rødovre's plan (seed 001) pays substitutes for its merit students from the pool from August
-- 2024, and the 2020 agreement that created the pool named vikardækning (research §1.5). Substitutes
-- are therefore eligible from 1.12.2023, the date wages during merit became eligible (KL agreement,
-- research §1.6), in the three seeded rounds; only where the ministry has not changed the values.
update funding_round
   set substitutes_eligible_from = date '2023-12-01',
       eligible_costs = eligible_costs || '{VIKAR}'::text[]
 where id in ('6b1f3c1e-2a41-4c55-9a0e-000000002023', '6b1f3c1e-2a41-4c55-9a0e-000000002024',
              '6b1f3c1e-2a41-4c55-9a0e-000000002026')
   and substitutes_eligible_from is null
   and eligible_costs = '{DELTAGERBETALING,STUDIEUDGIFTER,UFORMEL,ADMINISTRATION,REVISION,LOEN}';

update round_source
   set status = 'DERIVED',
       reference = 'Vikardækning fra 1.12.2023 som løn under meritpædagoguddannelse: aftalen fra 2020 nævnte vikardækning'
                   || ' (UVM, aftale om minimumsnormeringer), og Rødovres plan finansierer vikarer for meritstuderende'
                   || ' af puljen fra august 2024 (frødokument 001). Ret, når tilskudsbrevet kendes.'
 where funding_round in ('6b1f3c1e-2a41-4c55-9a0e-000000002023', '6b1f3c1e-2a41-4c55-9a0e-000000002024',
                         '6b1f3c1e-2a41-4c55-9a0e-000000002026')
   and field = 'substitutesEligibleFrom'
   and status = 'NOT_FOUND'
   and reference in ('Vikardækning var nævnt i aftalen fra 2020, men ikke i 2023-rammerne', 'Ikke fundet')
   and exists (select 1 from funding_round r
                where r.id = round_source.funding_round and r.substitutes_eligible_from = date '2023-12-01');

-- 2. Nominations (indstillinger): a leader or the forvaltning puts a staff member forward for a
-- track (an initiative kind), optionally for one initiative of a plan. The initiative is a plain
-- uuid here; its foreign key to the plan's initiatives is added with the plan tables.
create table plan_nomination (
    id            uuid primary key,
    kommune_code  smallint    not null references kommune (code),
    staff_member  uuid        not null references staff_member (id) on delete cascade,
    track         text        not null,
    initiative    uuid,
    note          text,
    status        text        not null check (status in ('NOMINATED', 'WITHDRAWN')),
    nominated_by  text        not null,
    nominated_at  timestamptz not null,
    withdrawn_by  text,
    withdrawn_at  timestamptz,
    version       integer     not null default 0
);
create index plan_nomination_kommune on plan_nomination (kommune_code, status);
create unique index plan_nomination_once on plan_nomination (staff_member, track) where status = 'NOMINATED';

alter table plan_nomination enable row level security;
alter table plan_nomination force row level security;
create policy tenant on plan_nomination using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
