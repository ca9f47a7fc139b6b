-- The learner's answer in authoring terms (option indexes, normalised text), written when the
-- attempt is scored, so that item statistics can count choices with GROUP BY.
ALTER TABLE attempt_item ADD COLUMN answer_key VARCHAR(1000);

CREATE INDEX attempt_item_question ON attempt_item (question_id);
CREATE INDEX attempt_submitted ON attempt (submitted_at);
CREATE INDEX lesson_progress_completed ON lesson_progress (completed_at);
