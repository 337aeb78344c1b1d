-- Orderflow: the application role and database. Idempotent.
-- Run as a PostgreSQL admin against the maintenance database, e.g.
--   psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d postgres \
--        -v db_name=orderflow -v db_user=orderflow -v db_password=orderflow \
--        -f server-config/postgres/create-role-and-database.sql
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'db_user', :'db_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'db_user') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'db_user', :'db_password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db_name', :'db_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db_name') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db_name', :'db_user') \gexec
-- A safety net for a broken XA branch: when a broker connection dies mid-transaction, JTS can fail to roll
-- back the broker's branch and never reach this database's, whose connection then sits "idle in transaction"
-- holding row locks (the stock rows every fulfillment needs) until it is closed. No transaction of ours is
-- idle for more than milliseconds, so PostgreSQL ends such a session after 10 s: its work rolls back (it was
-- never prepared) and the pool replaces the connection. Prepared branches are not affected. 10 s, not more: a
-- consumer torn down after a broker crash waits 30 s (the adapter's call timeout) for a delivery in progress
-- before it releases the bean, and a delivery waiting on these locks must finish before that.
SELECT format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', :'db_user', '10s') \gexec
