-- Sessions are encrypted cookies that no server keeps, so ending them takes a counter: a cookie
-- names the epoch its sign-in happened in, and signing out or a password reset raises the
-- account's epoch, which every app instance reads from here on the next request.
ALTER TABLE account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
