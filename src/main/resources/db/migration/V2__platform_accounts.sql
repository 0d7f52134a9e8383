create table user_account (
    id             uuid primary key,
    username       text        not null unique,
    password_hash  text        not null,
    display_name   text        not null,
    role           text        not null check (role in ('NATIONAL', 'KOMMUNE_ADMIN', 'FINANCE', 'LEADER', 'STAFF')),
    kommune_code   smallint references kommune (code),
    staff_id       uuid,
    enabled        boolean     not null default true,
    failed_logins  integer     not null default 0,
    locked_until   timestamptz,
    created_at     timestamptz not null,
    version        integer     not null default 0,
    check ((role = 'NATIONAL') = (kommune_code is null))
);
create index user_account_kommune on user_account (kommune_code);

create table user_institution (
    user_account   uuid not null references user_account (id) on delete cascade,
    institution_id uuid not null,
    primary key (user_account, institution_id)
);

create table api_token (
    id           uuid primary key,
    kommune_code smallint    not null references kommune (code),
    name         text        not null,
    token_hash   text        not null unique,
    created_by   text        not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    version      integer     not null default 0
);
