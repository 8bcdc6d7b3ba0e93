-- Least privilege, step 1 of 2 (README "Database roles"): two roles and the desk's database, run once by a superuser.
--
--   psql "postgres://postgres@db-host/postgres" -v ON_ERROR_STOP=1 \
--        -v owner=hotline_owner -v owner_password="$OWNER_PASSWORD" \
--        -v app=hotline_app -v app_password="$APP_PASSWORD" \
--        -v database=hotline_desk -f libs/schema/sql/least-privilege-roles.sql
--
-- The owner owns the database and so every table the migrations create: only it may change the schema, drop a
-- table or switch a trigger off. The api and the worker connect as the app role, which is neither superuser nor
-- owner: it cannot disable the audit log's append-only trigger (ALTER TABLE needs the owner) nor set
-- session_replication_role (superuser only), the two ways round that trigger.

CREATE ROLE :"owner" LOGIN PASSWORD :'owner_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
CREATE ROLE :"app" LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
CREATE DATABASE :"database" OWNER :"owner" ENCODING 'UTF8';
-- Nobody else connects; the app may also make temporary tables (the statistics check compares through them).
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"database" TO :"app";
