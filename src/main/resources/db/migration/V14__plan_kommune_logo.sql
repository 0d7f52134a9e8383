-- The plan document: a kommune's logo for the front page (PNG or JPEG, at most 512 kB), one per kommune.

create table kommune_logo (
    kommune_code  smallint    primary key references kommune (code),
    content_type  text        not null check (content_type in ('image/png', 'image/jpeg')),
    image         bytea       not null check (octet_length(image) <= 524288),
    width         integer     not null check (width > 0),
    height        integer     not null check (height > 0),
    uploaded_at   timestamptz not null,
    uploaded_by   text        not null,
    version       integer     not null default 0
);

alter table kommune_logo enable row level security;
alter table kommune_logo force row level security;
create policy tenant on kommune_logo using (loeft_kommune_visible(kommune_code)) with check (loeft_kommune_visible(kommune_code));
