-- Orderflow: one schema per persistence unit, owned by the application role. Idempotent.
-- Run as a PostgreSQL admin against the orderflow database, e.g.
--   psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d orderflow -v db_user=orderflow \
--        -f server-config/postgres/create-schemas.sql
CREATE SCHEMA IF NOT EXISTS orders AUTHORIZATION :"db_user";
ALTER SCHEMA orders OWNER TO :"db_user";
CREATE SCHEMA IF NOT EXISTS fulfillment AUTHORIZATION :"db_user";
ALTER SCHEMA fulfillment OWNER TO :"db_user";
CREATE SCHEMA IF NOT EXISTS views AUTHORIZATION :"db_user";
ALTER SCHEMA views OWNER TO :"db_user";
CREATE SCHEMA IF NOT EXISTS access AUTHORIZATION :"db_user";
ALTER SCHEMA access OWNER TO :"db_user";
