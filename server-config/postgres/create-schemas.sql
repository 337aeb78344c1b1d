-- Orderflow: one schema per persistence unit, each owned by its own role, and the runtime roles' grants.
-- Idempotent, and converts a database of a release where one role owned every schema and table.
-- Run as a PostgreSQL admin against the orderflow database, after create-role-and-database.sql, e.g.
--   psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d orderflow -v db_user=orderflow \
--        -f server-config/postgres/create-schemas.sql
--
-- Who may do what, per schema (README.md, Security):
--   schema        owner (migrations: DDL)      writer (DML)              readers (SELECT)
--   orders        <db_user>_orders_owner       <db_user>_order           <db_user>
--   fulfillment   <db_user>_fulfillment_owner  <db_user>_fulfillment     <db_user>
--   views         <db_user>_views_owner        <db_user>_denormalizer    <db_user>_web, <db_user>
--   access        <db_user>_access_owner       <db_user>_web             (none)
CREATE TEMPORARY TABLE orderflow_schema (schema name, owner name, writer name, readers name[]);
INSERT INTO orderflow_schema VALUES
  ('orders',      :'db_user' || '_orders_owner',      :'db_user' || '_order',        array[:'db_user']),
  ('fulfillment', :'db_user' || '_fulfillment_owner', :'db_user' || '_fulfillment',  array[:'db_user']),
  ('views',       :'db_user' || '_views_owner',       :'db_user' || '_denormalizer', array[:'db_user' || '_web', :'db_user']),
  ('access',      :'db_user' || '_access_owner',      :'db_user' || '_web',          array[]::name[]);

-- Since PostgreSQL 15 only the database's owner may create in schema public; older servers let everyone.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

SELECT format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', schema, owner) FROM orderflow_schema \gexec
SELECT format('ALTER SCHEMA %I OWNER TO %I', schema, owner) FROM orderflow_schema \gexec

-- Upgrade: what an earlier owner (the single application role) created in a schema passes to the schema's owner,
-- tables first (their identity and serial sequences and indexes go with them), then any sequence left, then
-- functions. ALTER ... OWNER keeps the grants the objects had.
SELECT format('ALTER %s %I.%I OWNER TO %I',
              CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE'
                             ELSE 'TABLE' END,
              s.schema, c.relname, s.owner)
  FROM orderflow_schema s
  JOIN pg_namespace n ON n.nspname = s.schema
  JOIN pg_class c ON c.relnamespace = n.oid
 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND pg_get_userbyid(c.relowner) <> s.owner \gexec
SELECT format('ALTER SEQUENCE %I.%I OWNER TO %I', s.schema, c.relname, s.owner)
  FROM orderflow_schema s
  JOIN pg_namespace n ON n.nspname = s.schema
  JOIN pg_class c ON c.relnamespace = n.oid
 WHERE c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> s.owner \gexec
SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, s.owner)
  FROM orderflow_schema s
  JOIN pg_namespace n ON n.nspname = s.schema
  JOIN pg_proc p ON p.pronamespace = n.oid
 WHERE pg_get_userbyid(p.proowner) <> s.owner \gexec

-- Grants on what exists now, and the same by default on what each owner's migrations create later.
SELECT format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', schema) FROM orderflow_schema \gexec
SELECT format('GRANT USAGE ON SCHEMA %I TO %I', schema, writer) FROM orderflow_schema \gexec
SELECT format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', schema, writer)
  FROM orderflow_schema \gexec
SELECT format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', schema, writer) FROM orderflow_schema \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
              owner, schema, writer)
  FROM orderflow_schema \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
              owner, schema, writer)
  FROM orderflow_schema \gexec
SELECT format('GRANT USAGE ON SCHEMA %I TO %I', schema, reader) FROM orderflow_schema, unnest(readers) reader \gexec
SELECT format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', schema, reader)
  FROM orderflow_schema, unnest(readers) reader \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT ON TABLES TO %I', owner, schema, reader)
  FROM orderflow_schema, unnest(readers) reader \gexec

-- Flyway's schema history is the migrations' own record: no runtime role or reader touches it (the migrations'
-- afterMigrate callback, in the messaging module, revokes the same for a history table created later).
SELECT format('REVOKE ALL ON TABLE %I.flyway_schema_history FROM %I', schema, role)
  FROM orderflow_schema, unnest(array[writer] || readers) role
 WHERE to_regclass(format('%I.flyway_schema_history', schema)) IS NOT NULL \gexec

DROP TABLE orderflow_schema;
