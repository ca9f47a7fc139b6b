-- Failed password sign-ins, so that every app instance throttles the same guesser. One row per
-- subject: 'account:NAME' (the name as typed, whether or not such an account exists), 'address:IP'
-- (the client address; an IPv6 client by its /64) or 'device:ID' (a browser that signed in to the
-- account before). refused_until is when password sign-in opens again; a row past expires_at no
-- longer counts and is deleted by the next failure. See SignInPolicy.
CREATE TABLE sign_in_throttle (
    subject       VARCHAR(200) PRIMARY KEY,
    failures      INTEGER NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    refused_until TIMESTAMP WITH TIME ZONE,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_throttle_expiry ON sign_in_throttle (expires_at);
