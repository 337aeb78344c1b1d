-- The fulfillment service's schema: stock per sku, the shipments reserved for orders, and the orders
-- waiting for stock.

-- on_hand: units free on the shelf; reserved: units promised to shipments (never shipped physically yet).
-- Reserving moves units from on_hand to reserved, so on_hand + reserved = everything that arrived.
-- version grows by one with each change and travels in stock.changed.
create table stock (
    sku      varchar(64) primary key,
    on_hand  integer     not null default 0 constraint stock_not_oversold check (on_hand >= 0),
    reserved integer     not null default 0 check (reserved >= 0),
    version  bigint      not null default 0
);

create table shipment (
    shipment_id uuid        primary key,
    order_id    uuid        not null unique,
    created_at  timestamptz not null
);

create table shipment_line (
    shipment_id uuid        not null references shipment (shipment_id),
    line_no     integer     not null,
    sku         varchar(64) not null,
    quantity    integer     not null check (quantity > 0),
    primary key (shipment_id, line_no)
);

-- Served oldest first: by recorded_at, then seq. A fulfilled backorder stays; its shipment has the
-- same order_id.
create table backorder (
    order_id     uuid        primary key,
    seq          bigint      generated always as identity,
    status       varchar(16) not null,
    recorded_at  timestamptz not null,
    fulfilled_at timestamptz
);

create table backorder_line (
    order_id uuid        not null references backorder (order_id),
    line_no  integer     not null,
    sku      varchar(64) not null,
    quantity integer     not null check (quantity > 0),
    primary key (order_id, line_no)
);

create index backorder_line_by_sku on backorder_line (sku, order_id);
create index backorder_waiting_oldest_first on backorder (recorded_at, seq) where status = 'WAITING';

-- Idempotent consumer: one row per message this service has handled, written in the handler's transaction.
create table processed_message (
    message_id     uuid        primary key,
    type           varchar(64) not null,
    correlation_id uuid,
    processed_at   timestamptz not null
);
