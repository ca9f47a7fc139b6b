-- When an account's shown name last changed, so that live scoreboards notice a new nickname.
ALTER TABLE account ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
UPDATE account SET updated_at = created_at;
