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
-- A safety net: no transaction of ours is idle for more than milliseconds (a service's database transaction holds
-- no broker call), so a session idle inside a transaction for 10 s is broken, its client gone or stuck. PostgreSQL
-- ends it, its work rolls back and its row locks (the stock rows every fulfillment needs) are released; the pool
-- replaces the connection and the broker delivers the message again.
SELECT format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', :'db_user', '10s') \gexec
