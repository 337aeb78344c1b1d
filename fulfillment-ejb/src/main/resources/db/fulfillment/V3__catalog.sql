-- The skus the catalog registered, as this service learns them from product.registered and catalog.announced
-- (the order service owns the catalog; this is fulfillment's own copy of the one fact it needs). Stock is kept
-- only for these: a restock of any other sku waits for its registration, then is rejected.
create table catalog_product (
    sku        varchar(64) primary key,
    learned_at timestamptz not null
);
