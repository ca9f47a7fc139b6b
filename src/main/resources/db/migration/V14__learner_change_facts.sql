-- The record of changes (V9, V11) keeps what happened as data beside its English detail, so that
-- a page writes each change in its reader's language. Only learner_change is changed; every
-- column is nullable: a change recorded before V14 has only its detail. Per kind:
-- 'extra-attempt': extra_attempts (granted in this class, this one included), quiz_attempts (the
--   quiz's own then).
-- 'reopen': closes_at (the new closing time); what the attempt was: submitted (was_submitted_at,
--   was_score, was_max_score) or closed at its deadline (was_closes_at).
-- 'extra-time': extra_time_percent and was_extra_time_percent (0: none).
-- 'override': extra_attempts, time_limit_seconds and closes_at after the change, the was_ columns
--   before (extra attempts 0: none granted; a null limit or closing time: the quiz's, the class's),
--   and quiz_attempts (the quiz's own then; 0: unlimited).
ALTER TABLE learner_change ADD COLUMN extra_attempts INT;
ALTER TABLE learner_change ADD COLUMN was_extra_attempts INT;
ALTER TABLE learner_change ADD COLUMN quiz_attempts INT;
ALTER TABLE learner_change ADD COLUMN time_limit_seconds INT;
ALTER TABLE learner_change ADD COLUMN was_time_limit_seconds INT;
ALTER TABLE learner_change ADD COLUMN closes_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE learner_change ADD COLUMN was_closes_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE learner_change ADD COLUMN extra_time_percent INT;
ALTER TABLE learner_change ADD COLUMN was_extra_time_percent INT;
ALTER TABLE learner_change ADD COLUMN was_submitted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE learner_change ADD COLUMN was_score DECIMAL(12, 2);
ALTER TABLE learner_change ADD COLUMN was_max_score DECIMAL(12, 2);
