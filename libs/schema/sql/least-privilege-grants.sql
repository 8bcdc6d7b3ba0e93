-- Least privilege, step 2 of 2 (README "Database roles"): what the app role may do, run in the desk's database as
-- the owner after `npm run migration:run` (also as the owner). It only grants and revokes, so it can be run again
-- after every migration; the default privileges below already cover tables that later migrations add.
--
--   psql "postgres://hotline_owner@db-host/hotline_desk" -v ON_ERROR_STOP=1 \
--        -v owner=hotline_owner -v app=hotline_app -f libs/schema/sql/least-privilege-grants.sql

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";

-- Rows, never the schema: no TRUNCATE, REFERENCES or TRIGGER.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app";

-- History is appended, never rewritten: the audit trail and the order timeline. Their triggers refuse it as well;
-- without the privilege the app is refused before any trigger runs.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, order_event FROM :"app";
-- Which migrations ran is the owner's record.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON typeorm_migrations FROM :"app";
