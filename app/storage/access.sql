-- The access rules of a shared database on PostgreSQL (StoreAccess::ensure, docs/postgresql.md).
-- Run by the schema's owner, the administrator, in one transaction, whenever
-- nianbao_schema.access is older than StoreAccess::Version; every statement may run again.
-- One statement a paragraph (blank lines separate them); @schema@ is the quoted schema.
--
-- The threat: a clerk with psql and its own account. So every function and trigger names each
-- table with its schema and searches pg_catalog first and pg_temp last (a temporary table of
-- the session cannot stand in for a table here), no account may create temporary tables or
-- objects in the schema, a role without an accounts row sees nothing, and the change log is
-- written by the server itself and can only grow.

REVOKE TEMPORARY ON DATABASE @database@ FROM PUBLIC

REVOKE CREATE ON SCHEMA @schema@ FROM PUBLIC

CREATE TABLE IF NOT EXISTS @schema@.accounts (
 role_name TEXT PRIMARY KEY,
 organisation_id BIGINT NOT NULL REFERENCES @schema@.organisations(id) ON DELETE CASCADE,
 kind TEXT NOT NULL CHECK (kind IN ('unit', 'district')))

-- Access version 1 let a clerk read nothing of accounts and bound the owner by the policies
-- (FORCE): the owner is the administrator, who can change the rules themselves, so it is not
-- bound; clerks are bound, and each reads its own account row only.
ALTER TABLE @schema@.accounts ENABLE ROW LEVEL SECURITY

DROP POLICY IF EXISTS nianbao_own ON @schema@.accounts

CREATE POLICY nianbao_own ON @schema@.accounts FOR SELECT USING (role_name = current_user)

-- Every role reads its own row (or none): a role without an account sees no report, rather than
-- an error.
GRANT SELECT ON @schema@.accounts TO PUBLIC

-- Which reports were created by which transaction: a report's first values are not logged
-- (they are the report), and a pushed report brings its own log. Only the owner reads it.
CREATE TABLE IF NOT EXISTS @schema@.report_origins (
 report_id BIGINT PRIMARY KEY,
 created_by TEXT NOT NULL,
 xact XID8 NOT NULL)

REVOKE ALL ON @schema@.report_origins FROM PUBLIC

-- How a money cell is shown in the log (as Money::toString() in core): filled by ensure().
CREATE TABLE IF NOT EXISTS @schema@.money_cells (
 format TEXT NOT NULL,
 key TEXT NOT NULL,
 PRIMARY KEY (format, key))

-- Who wrote each log row, as the server knows it.
ALTER TABLE @schema@.change_log ADD COLUMN IF NOT EXISTS account TEXT NULL

-- The log outlives a deleted report (no cascade): it is history, read by the administrator.
DO $$ DECLARE c record; BEGIN
 FOR c IN SELECT conname FROM pg_catalog.pg_constraint
  WHERE conrelid = '@schema@.change_log'::regclass AND contype = 'f' LOOP
  EXECUTE pg_catalog.format('ALTER TABLE @schema@.change_log DROP CONSTRAINT %I', c.conname);
 END LOOP; END $$

-- Version 1's policies and helpers (they took any role name, and answered for it).
DO $$ DECLARE t text; p text; BEGIN
 FOREACH t IN ARRAY ARRAY['organisations', 'reports', 'cells', 'texts', 'change_log', 'explanations'] LOOP
  FOREACH p IN ARRAY ARRAY['nianbao_read', 'nianbao_insert', 'nianbao_update', 'nianbao_delete'] LOOP
   EXECUTE pg_catalog.format('DROP POLICY IF EXISTS %I ON @schema@.%I', p, t);
  END LOOP;
 END LOOP; END $$

DROP FUNCTION IF EXISTS @schema@.nianbao_is_admin(name)

DROP FUNCTION IF EXISTS @schema@.nianbao_may_read(bigint, name)

DROP FUNCTION IF EXISTS @schema@.nianbao_may_write(bigint, bigint, name)

DROP FUNCTION IF EXISTS @schema@.nianbao_may_read_report(bigint, name)

DROP FUNCTION IF EXISTS @schema@.nianbao_may_write_report(bigint, name)

-- The helpers answer for the querying account only (current_user; SECURITY INVOKER, so the
-- account reads its own accounts row and nothing more).
CREATE OR REPLACE FUNCTION @schema@.nianbao_has_account() RETURNS boolean
 LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
 SELECT EXISTS (SELECT 1 FROM @schema@.accounts WHERE role_name = current_user) $$

-- A unit reads its organisation; a district also every organisation below its own.
CREATE OR REPLACE FUNCTION @schema@.nianbao_may_read(org bigint) RETURNS boolean
 LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
 SELECT EXISTS (SELECT 1 FROM @schema@.accounts WHERE role_name = current_user AND organisation_id = org)
  OR EXISTS (
   WITH RECURSIVE up(id) AS (
    SELECT o.parent_id FROM @schema@.organisations o WHERE o.id = org AND o.parent_id IS NOT NULL
    UNION SELECT o.parent_id FROM @schema@.organisations o JOIN up ON o.id = up.id WHERE o.parent_id IS NOT NULL)
   SELECT 1 FROM up JOIN @schema@.accounts a ON a.organisation_id = up.id
    WHERE a.role_name = current_user AND a.kind = 'district') $$

-- A unit writes its organisation's reports; a district only its organisation's 汇总 reports.
CREATE OR REPLACE FUNCTION @schema@.nianbao_may_write(org bigint, aggregated bigint) RETURNS boolean
 LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
 SELECT EXISTS (SELECT 1 FROM @schema@.accounts WHERE role_name = current_user AND organisation_id = org
  AND ((kind = 'unit' AND aggregated = 0) OR (kind = 'district' AND aggregated = 1))) $$

CREATE OR REPLACE FUNCTION @schema@.nianbao_may_read_report(report bigint) RETURNS boolean
 LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
 SELECT coalesce((SELECT @schema@.nianbao_may_read(r.organisation_id) FROM @schema@.reports r WHERE r.id = report), false) $$

CREATE OR REPLACE FUNCTION @schema@.nianbao_may_write_report(report bigint) RETURNS boolean
 LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
 SELECT coalesce((SELECT @schema@.nianbao_may_write(r.organisation_id, r.aggregate) FROM @schema@.reports r
  WHERE r.id = report), false) $$

-- Whether the report was created by the current transaction. Reveals nothing else.
CREATE OR REPLACE FUNCTION @schema@.nianbao_created_here(report bigint) RETURNS boolean
 LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
 SELECT EXISTS (SELECT 1 FROM @schema@.report_origins WHERE report_id = report AND xact = pg_catalog.pg_current_xact_id()) $$

-- A cell's value as the log shows it (storedetail::shownCell() in the client).
CREATE OR REPLACE FUNCTION @schema@.nianbao_shown(report bigint, cell text, number bigint, content text) RETURNS text
 LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
 SELECT CASE
  WHEN content IS NOT NULL THEN nullif(content, '')
  WHEN number IS NULL THEN NULL
  WHEN EXISTS (SELECT 1 FROM @schema@.money_cells m JOIN @schema@.reports r ON r.format = m.format
               WHERE r.id = report AND m.key = cell)
   THEN CASE WHEN number < 0 THEN '-' ELSE '' END || (abs(number) / @fenPerWan@)::text
    || coalesce(nullif('.' || rtrim(lpad((abs(number) % @fenPerWan@)::text, @decimals@, '0'), '0'), '.'), '')
  ELSE number::text END $$

-- The grants of a clerk's account, and their withdrawal. Only the owner runs these.
CREATE OR REPLACE FUNCTION @schema@.nianbao_grant_account(who text) RETURNS void
 LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$ BEGIN
 PERFORM @schema@.nianbao_revoke_account(who);
 EXECUTE pg_catalog.format('GRANT SELECT, INSERT, DELETE ON @schema@.cells, @schema@.texts, @schema@.explanations TO %I', who);
 -- Not the id (a report takes a new one: a deleted report's history keeps its own), nor, in an
 -- update, the organisation, the year or the 汇总 mark.
 EXECUTE pg_catalog.format('GRANT SELECT, DELETE ON @schema@.reports TO %I', who);
 EXECUTE pg_catalog.format('GRANT INSERT (organisation_id, year, format, status, title, index_number, publisher,'
  ' written_date, published_date, keywords, created_at, updated_at, errors, warnings, counts_stale, counts_basis,'
  ' aggregate) ON @schema@.reports TO %I', who);
 EXECUTE pg_catalog.format('GRANT UPDATE (format, status, title, index_number, publisher, written_date, published_date,'
  ' keywords, updated_at, errors, warnings, counts_stale, counts_basis) ON @schema@.reports TO %I', who);
 EXECUTE pg_catalog.format('GRANT UPDATE (number, text, carried) ON @schema@.cells TO %I', who);
 EXECUTE pg_catalog.format('GRANT UPDATE (text, carried) ON @schema@.texts TO %I', who);
 EXECUTE pg_catalog.format('GRANT UPDATE (fingerprint, text, at) ON @schema@.explanations TO %I', who);
 EXECUTE pg_catalog.format('GRANT SELECT, INSERT ON @schema@.change_log TO %I', who);
 EXECUTE pg_catalog.format('GRANT SELECT ON @schema@.organisations, @schema@.nianbao_schema, @schema@.accounts TO %I', who);
 EXECUTE pg_catalog.format('GRANT UPDATE (deadline) ON @schema@.organisations TO %I', who);
 EXECUTE pg_catalog.format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA @schema@ TO %I', who);
 END $$

CREATE OR REPLACE FUNCTION @schema@.nianbao_revoke_account(who text) RETURNS void
 LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$ BEGIN
 IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = who) THEN
  EXECUTE pg_catalog.format('REVOKE ALL ON @schema@.reports, @schema@.cells, @schema@.texts, @schema@.explanations,'
   ' @schema@.change_log, @schema@.organisations, @schema@.nianbao_schema, @schema@.accounts,'
   ' @schema@.report_origins, @schema@.money_cells FROM %I', who);
  EXECUTE pg_catalog.format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA @schema@ FROM %I', who);
 END IF; END $$

REVOKE ALL ON FUNCTION @schema@.nianbao_grant_account(text), @schema@.nianbao_revoke_account(text) FROM PUBLIC

-- An account that goes (also with its organisation) loses its grants.
CREATE OR REPLACE FUNCTION @schema@.nianbao_account_gone() RETURNS trigger
 LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ BEGIN
 PERFORM @schema@.nianbao_revoke_account(OLD.role_name);
 RETURN OLD; END $$

DROP TRIGGER IF EXISTS nianbao_account_gone ON @schema@.accounts

CREATE TRIGGER nianbao_account_gone AFTER DELETE ON @schema@.accounts
 FOR EACH ROW EXECUTE FUNCTION @schema@.nianbao_account_gone()

CREATE OR REPLACE FUNCTION @schema@.nianbao_report_born() RETURNS trigger
 LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ BEGIN
 INSERT INTO @schema@.report_origins (report_id, created_by, xact) VALUES (NEW.id, session_user, pg_catalog.pg_current_xact_id())
  ON CONFLICT (report_id) DO UPDATE SET created_by = excluded.created_by, xact = excluded.xact;
 RETURN NULL; END $$

DROP TRIGGER IF EXISTS nianbao_report_born ON @schema@.reports

CREATE TRIGGER nianbao_report_born AFTER INSERT ON @schema@.reports
 FOR EACH ROW EXECUTE FUNCTION @schema@.nianbao_report_born()

-- Writes one change-log row, numbered after the report's last, dated by the server, signed with
-- the login. The note is the client's (nianbao.note, set for the transaction).
CREATE OR REPLACE FUNCTION @schema@.nianbao_log(report bigint, entry text, before text, after text, remark text)
 RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
 INSERT INTO @schema@.change_log (report_id, seq, at, key, old, new, note, account)
 SELECT report, coalesce(max(l.seq), 0) + 1, (extract(epoch FROM pg_catalog.clock_timestamp()) * 1000)::bigint, entry, before,
  after, coalesce(remark, pg_catalog.current_setting('nianbao.note', true), ''), session_user
 FROM @schema@.change_log l WHERE l.report_id = report $$

REVOKE ALL ON FUNCTION @schema@.nianbao_log(bigint, text, text, text, text) FROM PUBLIC

-- A final report's values do not change: reopening it (a logged status change) comes first.
-- A report stored final in this transaction takes its values with it.
CREATE OR REPLACE FUNCTION @schema@.nianbao_refuse_if_final() RETURNS trigger
 LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ BEGIN
 IF EXISTS (SELECT 1 FROM @schema@.reports r WHERE r.status = 'final'
            AND r.id IN (CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.report_id END,
                         CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.report_id END)
            AND NOT @schema@.nianbao_created_here(r.id)) THEN
  RAISE EXCEPTION 'the report is final: reopen it before changing it' USING ERRCODE = 'NB001';
 END IF;
 RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END $$

-- A final report's row changes in its status and its problem-count cache only; it is not deleted.
CREATE OR REPLACE FUNCTION @schema@.nianbao_guard_report() RETURNS trigger
 LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ BEGIN
 IF OLD.status = 'final' AND (TG_OP = 'DELETE'
    OR (OLD.id, OLD.organisation_id, OLD.year, OLD.format, OLD.title, OLD.index_number, OLD.publisher, OLD.written_date,
        OLD.published_date, OLD.keywords, OLD.created_at, OLD.aggregate)
       IS DISTINCT FROM (NEW.id, NEW.organisation_id, NEW.year, NEW.format, NEW.title, NEW.index_number, NEW.publisher,
        NEW.written_date, NEW.published_date, NEW.keywords, NEW.created_at, NEW.aggregate)) THEN
  RAISE EXCEPTION 'the report is final: reopen it before changing it' USING ERRCODE = 'NB001';
 END IF;
 RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END $$

-- Every change of a value, a text, an explanation, the status or the report's description is
-- logged here, whatever client made it; the client writes no log rows of its own.
CREATE OR REPLACE FUNCTION @schema@.nianbao_log_change() RETURNS trigger
 LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
 DECLARE
  report bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.report_id ELSE NEW.report_id END;
  before text;
  after text;
 BEGIN
 IF NOT EXISTS (SELECT 1 FROM @schema@.reports WHERE id = report) OR @schema@.nianbao_created_here(report) THEN
  RETURN NULL;   -- the report is going (its deletion is logged) or is new in this transaction
 END IF;
 IF TG_TABLE_NAME = 'cells' THEN
  before := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE @schema@.nianbao_shown(report, OLD.key, OLD.number, OLD.text) END;
  after := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE @schema@.nianbao_shown(report, NEW.key, NEW.number, NEW.text) END;
  IF before IS DISTINCT FROM after THEN
   PERFORM @schema@.nianbao_log(report, coalesce(NEW.key, OLD.key), before, after, NULL);
  ELSIF TG_OP = 'UPDATE' AND OLD.carried IS DISTINCT FROM NEW.carried THEN
   PERFORM @schema@.nianbao_log(report, NEW.key, NULL, NULL, NULL);
  END IF;
 ELSIF TG_TABLE_NAME = 'texts' THEN
  before := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE nullif(OLD.text, '') END;
  after := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE nullif(NEW.text, '') END;
  IF before IS DISTINCT FROM after THEN
   PERFORM @schema@.nianbao_log(report, 'text:' || coalesce(NEW.section, OLD.section), before, after, NULL);
  ELSIF TG_OP = 'UPDATE' AND OLD.carried IS DISTINCT FROM NEW.carried THEN
   PERFORM @schema@.nianbao_log(report, 'text:' || NEW.section, NULL, NULL, NULL);
  END IF;
 ELSE   -- explanations: the note names the finding
  PERFORM @schema@.nianbao_log(report, 'explanation:' || split_part(coalesce(NEW.finding, OLD.finding), '|', 1),
   CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.text END, CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.text END,
   coalesce(NEW.finding, OLD.finding));
 END IF;
 RETURN NULL; END $$

CREATE OR REPLACE FUNCTION @schema@.nianbao_log_report() RETURNS trigger
 LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
 DECLARE
  field text;
  before text;
  after text;
 BEGIN
 IF TG_OP = 'DELETE' THEN
  PERFORM @schema@.nianbao_log(OLD.id, 'deleted', OLD.status, NULL, NULL);
  RETURN NULL;
 END IF;
 IF @schema@.nianbao_created_here(NEW.id) THEN
  RETURN NULL;
 END IF;
 -- In the order the client's own log has them (ReportStore::logDifferences()).
 FOR field, before, after IN SELECT * FROM (VALUES ('format', OLD.format, NEW.format), ('status', OLD.status, NEW.status),
   ('meta:title', OLD.title, NEW.title), ('meta:index_number', OLD.index_number, NEW.index_number),
   ('meta:publisher', OLD.publisher, NEW.publisher), ('meta:written_date', OLD.written_date, NEW.written_date),
   ('meta:published_date', OLD.published_date, NEW.published_date), ('meta:keywords', OLD.keywords, NEW.keywords)) AS v
 LOOP
  IF nullif(before, '') IS DISTINCT FROM nullif(after, '') THEN
   PERFORM @schema@.nianbao_log(NEW.id, field, nullif(before, ''), nullif(after, ''), NULL);
  END IF;
 END LOOP;
 RETURN NULL; END $$

-- The change log only grows: no account changes or deletes a row of it, the owner neither. A
-- clerk adds rows only to a report its transaction created (a pushed report's history); all
-- other rows come from the triggers above.
CREATE OR REPLACE FUNCTION @schema@.nianbao_guard_log() RETURNS trigger
 LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$ BEGIN
 IF TG_OP <> 'INSERT' THEN
  RAISE EXCEPTION 'the change log cannot be changed, only added to' USING ERRCODE = 'NB002';
 END IF;
 IF current_user::text <> (SELECT pg_catalog.pg_get_userbyid(relowner) FROM pg_catalog.pg_class WHERE oid = TG_RELID)::text
    AND NOT @schema@.nianbao_created_here(NEW.report_id) THEN
  RAISE EXCEPTION 'the change log is written by the server' USING ERRCODE = 'NB002';
 END IF;
 NEW.account := session_user;
 RETURN NEW; END $$

DROP TRIGGER IF EXISTS nianbao_guard_log ON @schema@.change_log

CREATE TRIGGER nianbao_guard_log BEFORE INSERT OR UPDATE OR DELETE ON @schema@.change_log
 FOR EACH ROW EXECUTE FUNCTION @schema@.nianbao_guard_log()

DROP TRIGGER IF EXISTS nianbao_truncate_log ON @schema@.change_log

CREATE TRIGGER nianbao_truncate_log BEFORE TRUNCATE ON @schema@.change_log
 FOR EACH STATEMENT EXECUTE FUNCTION @schema@.nianbao_guard_log()

DROP TRIGGER IF EXISTS nianbao_guard_report ON @schema@.reports

CREATE TRIGGER nianbao_guard_report BEFORE UPDATE OR DELETE ON @schema@.reports
 FOR EACH ROW EXECUTE FUNCTION @schema@.nianbao_guard_report()

DROP TRIGGER IF EXISTS nianbao_log_report ON @schema@.reports

CREATE TRIGGER nianbao_log_report AFTER UPDATE OR DELETE ON @schema@.reports
 FOR EACH ROW EXECUTE FUNCTION @schema@.nianbao_log_report()

DO $$ DECLARE t text; BEGIN
 FOREACH t IN ARRAY ARRAY['cells', 'texts', 'explanations'] LOOP
  EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS nianbao_refuse_if_final ON @schema@.%I', t);
  EXECUTE pg_catalog.format('CREATE TRIGGER nianbao_refuse_if_final BEFORE INSERT OR UPDATE OR DELETE ON @schema@.%I'
   ' FOR EACH ROW EXECUTE FUNCTION @schema@.nianbao_refuse_if_final()', t);
  EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS nianbao_log_change ON @schema@.%I', t);
  EXECUTE pg_catalog.format('CREATE TRIGGER nianbao_log_change AFTER INSERT OR UPDATE OR DELETE ON @schema@.%I'
   ' FOR EACH ROW EXECUTE FUNCTION @schema@.nianbao_log_change()', t);
 END LOOP; END $$

-- Row-level security: clerks are bound, the owner is not (it owns the rules).
DO $$ DECLARE t text; BEGIN
 FOREACH t IN ARRAY ARRAY['organisations', 'reports', 'cells', 'texts', 'change_log', 'explanations'] LOOP
  EXECUTE pg_catalog.format('ALTER TABLE @schema@.%I ENABLE ROW LEVEL SECURITY', t);
  EXECUTE pg_catalog.format('ALTER TABLE @schema@.%I NO FORCE ROW LEVEL SECURITY', t);
 END LOOP; END $$

-- Organisation names and the tree are readable by every account (they are public bodies);
-- a clerk changes its own organisation's deadline only (the column grant).
CREATE POLICY nianbao_read ON @schema@.organisations FOR SELECT USING (@schema@.nianbao_has_account())

CREATE POLICY nianbao_update ON @schema@.organisations FOR UPDATE
 USING (@schema@.nianbao_may_write(id, 0) OR @schema@.nianbao_may_write(id, 1))

CREATE POLICY nianbao_read ON @schema@.reports FOR SELECT USING (@schema@.nianbao_may_read(organisation_id))

CREATE POLICY nianbao_insert ON @schema@.reports FOR INSERT WITH CHECK (@schema@.nianbao_may_write(organisation_id, aggregate))

CREATE POLICY nianbao_update ON @schema@.reports FOR UPDATE USING (@schema@.nianbao_may_write(organisation_id, aggregate))
 WITH CHECK (@schema@.nianbao_may_write(organisation_id, aggregate))

CREATE POLICY nianbao_delete ON @schema@.reports FOR DELETE USING (@schema@.nianbao_may_write(organisation_id, aggregate))

DO $$ DECLARE t text; BEGIN
 FOREACH t IN ARRAY ARRAY['cells', 'texts', 'change_log', 'explanations'] LOOP
  EXECUTE pg_catalog.format('CREATE POLICY nianbao_read ON @schema@.%I FOR SELECT'
   ' USING (@schema@.nianbao_may_read_report(report_id))', t);
  EXECUTE pg_catalog.format('CREATE POLICY nianbao_insert ON @schema@.%I FOR INSERT'
   ' WITH CHECK (@schema@.nianbao_may_write_report(report_id))', t);
  IF t <> 'change_log' THEN
   EXECUTE pg_catalog.format('CREATE POLICY nianbao_update ON @schema@.%I FOR UPDATE'
    ' USING (@schema@.nianbao_may_write_report(report_id)) WITH CHECK (@schema@.nianbao_may_write_report(report_id))', t);
   EXECUTE pg_catalog.format('CREATE POLICY nianbao_delete ON @schema@.%I FOR DELETE'
    ' USING (@schema@.nianbao_may_write_report(report_id))', t);
  END IF;
 END LOOP; END $$

-- The accounts of version 1 had UPDATE and DELETE on the change log: every account gets the
-- grants of this version instead.
DO $$ DECLARE a record; BEGIN
 FOR a IN SELECT role_name FROM @schema@.accounts LOOP
  PERFORM @schema@.nianbao_grant_account(a.role_name);
 END LOOP; END $$
