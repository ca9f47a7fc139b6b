-- Accommodations and overrides (issue 16). Only tables of V1..V10 are referenced; value checks
-- are CASE expressions (see V6).

-- Per learner in a class: an extra-time percentage applied to every timed quiz (50: 20 minutes
-- become 30). No row: none. A learner in several classes gets the most generous.
CREATE TABLE learner_accommodation (
    classroom_id       BIGINT NOT NULL REFERENCES classroom (id),
    account_id         BIGINT NOT NULL REFERENCES account (id),
    extra_time_percent INT    NOT NULL,
    updated_by         BIGINT NOT NULL REFERENCES account (id),
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (classroom_id, account_id),
    CONSTRAINT learner_accommodation_percent_check
        CHECK (CASE WHEN extra_time_percent >= 0 AND extra_time_percent <= 400 THEN TRUE ELSE FALSE END)
);

-- Per learner and quiz, beside the attempts granted (V9): the learner's own time limit, replacing
-- the quiz's (and the extra-time percentage), and the learner's own closing time, replacing the
-- class's. Null: the quiz's and the class's apply.
ALTER TABLE attempt_override ADD COLUMN time_limit_seconds INT;
ALTER TABLE attempt_override ADD COLUMN closes_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE attempt_override ADD CONSTRAINT attempt_override_time_limit_check
    CHECK (CASE WHEN time_limit_seconds IS NULL THEN TRUE WHEN time_limit_seconds > 0 THEN TRUE ELSE FALSE END);

-- The audit knows the two new changes: 'extra-time' (the percentage) and 'override' (a quiz's
-- attempts, time limit or closing time for the learner).
ALTER TABLE learner_change DROP CONSTRAINT learner_change_kind_check;
ALTER TABLE learner_change ADD CONSTRAINT learner_change_kind_check
    CHECK (CASE WHEN kind = 'extra-attempt' THEN TRUE WHEN kind = 'reopen' THEN TRUE
                WHEN kind = 'extra-time' THEN TRUE WHEN kind = 'override' THEN TRUE ELSE FALSE END);
-- Extra time is for the class, not one quiz: such a change has no quiz.
ALTER TABLE learner_change ALTER COLUMN quiz_id DROP NOT NULL;
