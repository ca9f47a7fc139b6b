-- Previews for authors (issue 18): an instructor's run through a quiz, kept in the attempt table so
-- that the attempt pages, answer saving, the timer and the expiry job serve it unchanged, and so
-- that it survives a restart and is seen by every instance. Every query that feeds what learners
-- and instructors count (scoreboards, progress, statistics, exports, records, grading, regrading,
-- attempt limits) filters on `preview = FALSE`. A preview belongs to no class: its owner is an
-- instructor, who is a member of none.
ALTER TABLE attempt ADD COLUMN preview BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX attempt_preview ON attempt (account_id, quiz_id, preview);
-- The last valid version of a file is looked up by its path (a broken file's preview).
CREATE INDEX quiz_version_path ON quiz_version (path, created_at);
