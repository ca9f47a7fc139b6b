-- Essay questions, graded by an instructor (quiz format 1.1), and regrading after a key changes.

-- An essay answer is up to 20,000 characters; stored as JSON with its escapes it needs more than
-- the 4,000 that choices and short answers did.
ALTER TABLE attempt_item ALTER COLUMN response SET DATA TYPE VARCHAR(60000);

-- An essay item of a submitted attempt waits for its grade: like a scored item it takes no more
-- saves, and its points are not in the attempt's score until the grade is released.
ALTER TABLE attempt_item ADD COLUMN pending BOOLEAN DEFAULT FALSE NOT NULL;
-- What the item earned and was worth before the last regrade that changed it (null otherwise).
ALTER TABLE attempt_item ADD COLUMN earned_before_regrade DECIMAL(12, 2);
ALTER TABLE attempt_item ADD COLUMN points_before_regrade DECIMAL(12, 2);

-- The points still awaiting grading; null once there are none. While it is set the attempt is
-- "awaiting grading": score holds what is graded so far, passed is null (neither passed nor failed).
ALTER TABLE attempt ADD COLUMN pending_points DECIMAL(12, 2);
-- When the score last changed after submission (a grade released, a regrade): scoreboards watch it.
ALTER TABLE attempt ADD COLUMN score_changed_at TIMESTAMP WITH TIME ZONE;
-- The last regrade that changed the attempt: its score and maximum before, when, by whom, and the
-- quiz version whose keys and points it applied.
ALTER TABLE attempt ADD COLUMN score_before_regrade DECIMAL(12, 2);
ALTER TABLE attempt ADD COLUMN max_before_regrade DECIMAL(12, 2);
ALTER TABLE attempt ADD COLUMN regraded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE attempt ADD COLUMN regraded_by BIGINT;
ALTER TABLE attempt ADD COLUMN regraded_hash VARCHAR(64);
ALTER TABLE attempt ADD CONSTRAINT attempt_regraded_by_fk FOREIGN KEY (regraded_by) REFERENCES account (id);
CREATE INDEX attempt_pending ON attempt (quiz_id, pending_points);

-- Per class: blind marking hides learners' names from graders until their grades are released;
-- grades are released as they are saved ('as-graded') or by an instructor, per quiz ('per-quiz').
ALTER TABLE classroom ADD COLUMN blind_marking BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE classroom ADD COLUMN grade_release VARCHAR(16) DEFAULT 'as-graded' NOT NULL;
ALTER TABLE classroom ADD CONSTRAINT classroom_grade_release_check
    CHECK (CASE WHEN grade_release = 'as-graded' THEN TRUE WHEN grade_release = 'per-quiz' THEN TRUE ELSE FALSE END);

-- The current grade of one essay answer. version counts its saves: a save names the version it
-- was made on, and one made on an older version is refused (two graders, no silent overwrite).
-- criteria is the points per rubric criterion (JSON array), null without a rubric.
CREATE TABLE essay_grade (
    attempt_id  VARCHAR(32)    NOT NULL,
    question_id VARCHAR(100)   NOT NULL,
    version     INT            NOT NULL,
    points      DECIMAL(12, 2) NOT NULL,
    criteria    VARCHAR(2000),
    comment     VARCHAR(20000),
    graded_by   BIGINT         NOT NULL REFERENCES account (id),
    graded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (attempt_id, question_id),
    CONSTRAINT essay_grade_item_fk FOREIGN KEY (attempt_id, question_id) REFERENCES attempt_item (attempt_id, question_id)
);

-- Every save of a grade, kept: who gave what, when (the grading view shows it).
CREATE TABLE essay_grade_change (
    attempt_id  VARCHAR(32)    NOT NULL,
    question_id VARCHAR(100)   NOT NULL,
    version     INT            NOT NULL,
    points      DECIMAL(12, 2) NOT NULL,
    criteria    VARCHAR(2000),
    comment     VARCHAR(20000),
    graded_by   BIGINT         NOT NULL REFERENCES account (id),
    graded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (attempt_id, question_id, version),
    CONSTRAINT essay_grade_change_item_fk FOREIGN KEY (attempt_id, question_id) REFERENCES attempt_item (attempt_id, question_id)
);
