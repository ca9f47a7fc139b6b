-- Due dates per class (issue 16): each class may give each quiz an opening and a closing time.

-- The class's time zone, in which its dates are shown and typed (an IANA name such as
-- Europe/Berlin); null means the server's. late_work: 'refuse' closes the quiz at its closing
-- time (no start after it, open attempts closed at it); 'accept' keeps it open and marks an
-- attempt submitted after the closing time late.
ALTER TABLE classroom ADD COLUMN time_zone VARCHAR(64);
ALTER TABLE classroom ADD COLUMN late_work VARCHAR(16) DEFAULT 'refuse' NOT NULL;
-- Written as CASE, not IN: see V6.
ALTER TABLE classroom ADD CONSTRAINT classroom_late_work_check
    CHECK (CASE WHEN late_work = 'refuse' THEN TRUE WHEN late_work = 'accept' THEN TRUE ELSE FALSE END);

-- A quiz's window in one class; either end may be open (null). No row: the class does not schedule it.
CREATE TABLE quiz_schedule (
    classroom_id BIGINT       NOT NULL REFERENCES classroom (id),
    quiz_id      VARCHAR(100) NOT NULL,
    opens_at     TIMESTAMP WITH TIME ZONE,
    closes_at    TIMESTAMP WITH TIME ZONE,
    updated_by   BIGINT       NOT NULL REFERENCES account (id),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (classroom_id, quiz_id),
    CONSTRAINT quiz_schedule_order_check
        CHECK (CASE WHEN opens_at IS NULL THEN TRUE WHEN closes_at IS NULL THEN TRUE WHEN opens_at < closes_at THEN TRUE ELSE FALSE END)
);
CREATE INDEX quiz_schedule_quiz ON quiz_schedule (quiz_id);

-- Submitted after the learner's closing time (in a class that accepts late work).
ALTER TABLE attempt ADD COLUMN late BOOLEAN DEFAULT FALSE NOT NULL;
