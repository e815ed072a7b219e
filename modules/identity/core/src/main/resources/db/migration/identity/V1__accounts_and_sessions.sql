-- Accounts, their roles and sign-in sessions (refresh token families).

CREATE TABLE users (
    id                  uuid PRIMARY KEY,
    email               varchar(254) NOT NULL,
    password_hash       varchar(255) NOT NULL,
    name                varchar(100) NOT NULL,
    bio                 varchar(2000),
    avatar_url          varchar(2048),
    phone               varchar(16),
    languages           varchar(35)[] NOT NULL DEFAULT '{}',
    status              varchar(16) NOT NULL DEFAULT 'ACTIVE',
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    password_changed_at timestamptz NOT NULL,
    version             bigint NOT NULL DEFAULT 0,
    CONSTRAINT users_email_key UNIQUE (email),
    -- emails are stored canonical, so UNIQUE above is case-insensitive
    CONSTRAINT users_email_canonical CHECK (email = lower(btrim(email))),
    CONSTRAINT users_status_known CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    CONSTRAINT users_name_present CHECK (length(btrim(name)) > 0)
);

CREATE TABLE user_roles (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    varchar(16) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT user_roles_role_known CHECK (role IN ('GUEST', 'HOST', 'ADMIN'))
);

CREATE TABLE refresh_tokens (
    id         uuid PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id  uuid NOT NULL,
    token_hash bytea NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    revoked_at timestamptz,
    CONSTRAINT refresh_tokens_hash_key UNIQUE (token_hash),
    CONSTRAINT refresh_tokens_expire_after_issue CHECK (expires_at > issued_at)
);

-- revoke a session or all sessions of a user; purge expired tokens
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_expires_idx ON refresh_tokens (expires_at);
