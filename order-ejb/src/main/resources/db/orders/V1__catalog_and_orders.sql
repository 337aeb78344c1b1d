-- The order service's schema: the catalog it prices from and the orders it accepted or rejected.
create table product (
    sku        varchar(64)    primary key,
    name       varchar(200)   not null,
    unit_price numeric(12, 2) not null check (unit_price >= 0)
);

create table customer_order (
    order_id         uuid           primary key,
    customer_id      varchar(100)   not null,
    status           varchar(16)    not null,
    total            numeric(14, 2),
    rejection_reason varchar(500),
    placed_at        timestamptz    not null
);

create table order_line (
    order_id   uuid           not null references customer_order (order_id),
    line_no    integer        not null,
    sku        varchar(64)    not null,
    name       varchar(200)   not null,
    quantity   integer        not null,
    unit_price numeric(12, 2) not null,
    primary key (order_id, line_no)
);

-- Idempotent consumer: one row per message this service has handled, written in the handler's transaction.
create table processed_message (
    message_id     uuid        primary key,
    type           varchar(64) not null,
    correlation_id uuid,
    processed_at   timestamptz not null
);
