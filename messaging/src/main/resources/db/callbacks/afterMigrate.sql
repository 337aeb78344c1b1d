-- After every migrate, as the schema's owner: Flyway's schema history is the migrations' own record, so no other
-- role keeps a grant on it (the owner's default privileges give every new table to the schema's runtime role, this
-- one too when Flyway creates it). The pool's currentSchema puts the history table on the search path.
DO $$
DECLARE
  grantee regrole;
BEGIN
  FOR grantee IN
    SELECT DISTINCT acl.grantee::regrole
      FROM pg_class c, aclexplode(c.relacl) acl
     WHERE c.oid = to_regclass('flyway_schema_history') AND acl.grantee NOT IN (0, c.relowner)
  LOOP
    EXECUTE format('REVOKE ALL ON TABLE flyway_schema_history FROM %s', grantee);
  END LOOP;
END
$$;
