-- The value checks again, written as CASE. H2 compiles a check of the form "x IN ('a', 'b')" (and
-- "x = 'a' OR x = 'b'", which it rewrites to that) into a set of constants bound to the session
-- that created it. On a fresh install that is the migration's pooled connection: once the pool
-- closed it as idle, every insert failed the check ("Check constraint invalid ... The database has
-- been closed") until a restart re-read the schema. A CASE expression keeps no session. Keep value
-- checks in this form in later migrations too. PostgreSQL reads it the same way.
ALTER TABLE account DROP CONSTRAINT account_role_check;
ALTER TABLE account ADD CONSTRAINT account_role_check
    CHECK (CASE WHEN role = 'student' THEN TRUE WHEN role = 'instructor' THEN TRUE ELSE FALSE END);

ALTER TABLE classroom DROP CONSTRAINT classroom_privacy_check;
ALTER TABLE classroom ADD CONSTRAINT classroom_privacy_check
    CHECK (CASE WHEN privacy = 'full' THEN TRUE WHEN privacy = 'nickname' THEN TRUE WHEN privacy = 'anonymous' THEN TRUE ELSE FALSE END);
