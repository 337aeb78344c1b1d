-- Restocks the fulfillment service rejected (stock.restock-rejected), for admins: which sku, how many units and
-- why. One row per restock, keyed by its inventory.restock command's id (the event's cause): a repeated event
-- inserts nothing.
create table restock_rejection (
    restock_id     uuid        primary key,
    -- As the restock named it: it names no registered product, so it may be anything a sender sent.
    sku            text        not null,
    quantity       integer     not null,
    reason         text        not null,
    correlation_id uuid,
    -- The event's occurredAt.
    rejected_at    timestamptz not null
);

create index restock_rejection_newest_first on restock_rejection (rejected_at desc);
