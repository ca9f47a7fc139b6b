-- Two privacy settings instead of one (issue 17). `privacy` keeps naming classmates wherever a
-- student or the projector sees them (full, nickname, anonymous); `student_board` says what a
-- student's scoreboard shows: `own` (their own row and rank) or `everyone` (every row).
-- Existing classes keep what they had: every row, named as before. New classes start private:
-- nicknames and only the student's own row. Value checks are CASE expressions (see V6).
ALTER TABLE classroom ADD COLUMN student_board VARCHAR(16) DEFAULT 'own' NOT NULL;
UPDATE classroom SET student_board = 'everyone';
ALTER TABLE classroom ADD CONSTRAINT classroom_student_board_check
    CHECK (CASE WHEN student_board = 'own' THEN TRUE WHEN student_board = 'everyone' THEN TRUE ELSE FALSE END);
ALTER TABLE classroom ALTER COLUMN privacy SET DEFAULT 'nickname';
