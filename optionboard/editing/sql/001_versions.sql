-- The package store in PostgreSQL: every version of the package (all files byte for byte), history and audit.
-- Applied once by optionboard.pg_store.migrate, which records it in schema_version.

-- Each distinct file content once, by its SHA-256: a version that changes one table adds one row here.
CREATE TABLE blobs (
    sha256  text PRIMARY KEY,
    content bytea NOT NULL
);

-- One row per saved version, in saving order (seq). meta is the history entry (store_api.entry_meta).
CREATE TABLE versions (
    seq         bigserial PRIMARY KEY,
    version_id  text NOT NULL UNIQUE,
    fingerprint text NOT NULL,
    created_at  timestamptz NOT NULL,
    editor      text NOT NULL,
    reason      text NOT NULL,
    action      text NOT NULL,
    meta        jsonb NOT NULL
);
CREATE INDEX versions_fingerprint ON versions (fingerprint text_pattern_ops);

-- Every table file of every version (not only the changed ones): reading a version is one query.
CREATE TABLE version_files (
    seq        bigint NOT NULL REFERENCES versions (seq),
    table_name text NOT NULL,
    sha256     text NOT NULL REFERENCES blobs (sha256),
    PRIMARY KEY (seq, table_name)
);

-- The audit log, one JSON line per change (store_api.audit_line), in order.
CREATE TABLE audit (
    seq  bigserial PRIMARY KEY,
    line bytea NOT NULL
);
