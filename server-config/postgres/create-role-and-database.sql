-- Orderflow: the roles and the database. Idempotent; also converts a database of a release with one role.
-- Run as a PostgreSQL admin against the maintenance database, e.g.
--   psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d postgres \
--        -v db_name=orderflow -v db_user=orderflow -v db_password=orderflow \
--        -v db_migration_password=orderflow-migration \
--        -f server-config/postgres/create-role-and-database.sql
--
-- Roles are cluster-wide, so each is named after db_user (ORDERFLOW_DB_USER) as a prefix: a second platform in the
-- same cluster (tests) sets another prefix. README.md, Security, lists what each may do.
--   <db_user>                 owns the database; reads orders, fulfillment and views (benchmark, tests, operators);
--                             no module logs in as it
--   <db_user>_order, _fulfillment, _denormalizer, _web
--                             the modules' runtime roles (password db_password): DML on their own schema only
--   <db_user>_orders_owner, _fulfillment_owner, _views_owner, _access_owner
--                             each schema's owner (password db_migration_password), used only by its module's
--                             Flyway migrations at start
SELECT format('CREATE ROLE %I LOGIN', role)
  FROM unnest(array[:'db_user',
                    :'db_user' || '_order', :'db_user' || '_fulfillment',
                    :'db_user' || '_denormalizer', :'db_user' || '_web',
                    :'db_user' || '_orders_owner', :'db_user' || '_fulfillment_owner',
                    :'db_user' || '_views_owner', :'db_user' || '_access_owner']) AS role
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role) \gexec
-- No role of ours creates roles or databases or bypasses row security, whatever an earlier version gave it.
SELECT format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
              role, :'db_password')
  FROM unnest(array[:'db_user',
                    :'db_user' || '_order', :'db_user' || '_fulfillment',
                    :'db_user' || '_denormalizer', :'db_user' || '_web']) AS role \gexec
SELECT format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
              role, :'db_migration_password')
  FROM unnest(array[:'db_user' || '_orders_owner', :'db_user' || '_fulfillment_owner',
                    :'db_user' || '_views_owner', :'db_user' || '_access_owner']) AS role \gexec

SELECT format('CREATE DATABASE %I OWNER %I', :'db_name', :'db_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db_name') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db_name', :'db_user') \gexec
-- Only our roles connect, and none but the database's owner creates schemas or temporary tables in it.
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db_name') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', :'db_name', role)
  FROM unnest(array[:'db_user' || '_order', :'db_user' || '_fulfillment',
                    :'db_user' || '_denormalizer', :'db_user' || '_web',
                    :'db_user' || '_orders_owner', :'db_user' || '_fulfillment_owner',
                    :'db_user' || '_views_owner', :'db_user' || '_access_owner']) AS role \gexec

-- A safety net: no transaction of ours is idle for more than milliseconds (a service's database transaction holds
-- no broker call), so a session idle inside a transaction for 10 s is broken, its client gone or stuck. PostgreSQL
-- ends it, its work rolls back and its row locks (the stock rows every fulfillment needs) are released; the pool
-- replaces the connection and the broker delivers the message again. On the runtime roles, which the pools use.
SELECT format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', role, '10s')
  FROM unnest(array[:'db_user',
                    :'db_user' || '_order', :'db_user' || '_fulfillment',
                    :'db_user' || '_denormalizer', :'db_user' || '_web']) AS role \gexec
