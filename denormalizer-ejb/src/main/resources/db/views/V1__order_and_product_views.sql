-- Schema views: read models shaped for the screens, written only by the denormalizer and read by
-- the web module with plain SQL. Every row converges whatever the order of the events, and
-- duplicates change nothing. Times named *_at from events are the event's occurredAt (the
-- envelope's); final_at and updated_at are database time (clock_timestamp()).

-- One row per order. Created by whichever event about the order comes first, so every column but
-- order_id, status, last_event_at and updated_at may be null until its event arrives.
create table order_summary (
    order_id       uuid           primary key,
    -- From order.created or order.rejected; null while only fulfillment events were seen.
    customer_id    varchar(100),
    -- CREATED, BACKORDERED, FULFILLED or REJECTED. Only moves forward by rank
    -- CREATED(1) < BACKORDERED(2) < FULFILLED(3) = REJECTED(3); FULFILLED and REJECTED are final.
    status         varchar(16)    not null
                   check (status in ('CREATED', 'BACKORDERED', 'FULFILLED', 'REJECTED')),
    -- Order total from order.created.
    total          numeric(14, 2),
    -- Why the order is rejected (order.rejected), or which stock it waits for (order.backordered,
    -- e.g. 'waiting for stock: 2 x A-1'). The reason of the latest such event; it stays after a
    -- backordered order is fulfilled, so show it with the status it explains.
    reason         text,
    -- occurredAt of the event that gave the reason.
    reason_at      timestamptz,
    -- From order.fulfilled.
    shipment_id    uuid,
    -- When the order first reached each status (the event's occurredAt); filled even when the
    -- event came too late to change the status (e.g. backordered_at of a fulfilled order).
    created_at     timestamptz,
    rejected_at    timestamptz,
    backordered_at timestamptz,
    fulfilled_at   timestamptz,
    -- Database time when the row first showed a final status (FULFILLED or REJECTED).
    final_at       timestamptz,
    -- Latest occurredAt of all events applied to the row.
    last_event_at  timestamptz    not null,
    -- Database time of the latest change to the row.
    updated_at     timestamptz    not null
);

create index order_summary_status_idx on order_summary (status);
create index order_summary_customer_idx on order_summary (customer_id);
create index order_summary_created_idx on order_summary (created_at);

-- The priced lines of an order, from order.created.
create table order_summary_line (
    order_id   uuid           not null references order_summary (order_id),
    -- 1, 2, ... in the order of the event's lines.
    line_no    integer        not null,
    sku        varchar(64)    not null,
    name       varchar(200),
    quantity   integer        not null,
    unit_price numeric(12, 2),
    line_total numeric(14, 2),
    primary key (order_id, line_no)
);

-- One row per event about an order; a message id seen before adds nothing.
create table order_timeline (
    message_id     uuid        primary key,
    order_id       uuid        not null,
    -- The event type, e.g. 'order.created'.
    type           varchar(64) not null,
    -- The event's occurredAt: sort by it to tell the order's story.
    occurred_at    timestamptz not null,
    correlation_id uuid,
    causation_id   uuid,
    -- Short text for people, e.g. 'fulfilled, shipment <uuid>'.
    detail         text
);

create index order_timeline_order_idx on order_timeline (order_id, occurred_at);

-- One row per sku: its catalog entry (product.registered) and its stock (stock.changed). Either
-- may come first, so the other part stays null until its event arrives.
create table product_view (
    sku           varchar(64)    primary key,
    name          varchar(200),
    unit_price    numeric(12, 2),
    -- occurredAt of the product.registered shown; an older registration changes nothing.
    registered_at timestamptz,
    -- Units free on the shelf, and units promised to shipments: reserving moves units from on_hand
    -- to reserved, so on_hand + reserved = everything restocked.
    on_hand       integer,
    reserved      integer,
    -- Units that can still be promised: all on hand (kept as a column so readers need not know).
    available     integer        generated always as (on_hand) stored,
    -- Version of the stock level shown; a level with a version not above it changes nothing.
    stock_version bigint,
    -- Database time of the latest change to the row.
    updated_at    timestamptz    not null
);

-- Idempotent consumer: one row per message this service has handled, written in the handler's transaction.
create table processed_message (
    message_id     uuid        primary key,
    type           varchar(64) not null,
    correlation_id uuid,
    processed_at   timestamptz not null
);
