-- The web module's own schema: who may use the platform, and what was changed by whom.
create table account (
  name                  varchar(64) primary key,
  -- PBKDF2-HMAC-SHA256 as "algorithm:iterations:salt:hash" (base64)
  password_hash         varchar(200) not null,
  enabled               boolean not null default true,
  -- a caller's own requests per second; null: the platform's default
  rate_limit_per_second integer check (rate_limit_per_second > 0),
  created_at            timestamptz not null,
  changed_at            timestamptz not null,
  version               bigint not null default 0
);

create table account_role (
  account varchar(64) not null references account (name) on delete cascade,
  role    varchar(32) not null check (role in ('staff', 'admin', 'integrator')),
  primary key (account, role)
);

-- The customers an integrator account acts for; staff and admins act for any customer.
create table account_customer (
  account     varchar(64) not null references account (name) on delete cascade,
  customer_id varchar(100) not null,
  primary key (account, customer_id)
);

create table audit_entry (
  id          bigserial primary key,
  occurred_at timestamptz not null,
  actor       varchar(64) not null,
  action      varchar(64) not null,
  subject     varchar(200) not null,
  detail      varchar(500)
);

create index audit_entry_subject on audit_entry (subject, occurred_at);
