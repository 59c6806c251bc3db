//! The corpus database schema and its migrations.
//!
//! A Dossier database is marked with [`APPLICATION_ID`] (`PRAGMA application_id`)
//! and carries its schema version in `PRAGMA user_version`; [`MIGRATIONS`]
//! bring an older file up to date, one step per version.

/// `PRAGMA application_id` of a Dossier database ("DOSS" in ASCII).
pub const APPLICATION_ID: i32 = 0x444f_5353;

/// Schema steps: applying `MIGRATIONS[i]` moves a database from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[V1];

/// The same steps in PostgreSQL's dialect: `PG_MIGRATIONS[i]` moves a
/// PostgreSQL database from version `i` to `i + 1`, in step with [`MIGRATIONS`].
pub const PG_MIGRATIONS: &[&str] = &[PG_V1];

/// The schema version this build writes.
pub fn current_version() -> i32 {
    MIGRATIONS.len() as i32
}

/// Version 1: documents with their whole `dossier/1` JSON, the normalised
/// layers, failed inputs, and a full-text index.
const V1: &str = "
CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    title        TEXT,
    url          TEXT,
    outlet       TEXT,
    published    TEXT,
    origin       TEXT NOT NULL,
    format       TEXT NOT NULL,
    tokens       INTEGER NOT NULL,
    ingested_at  TEXT NOT NULL,
    json         TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents(content_hash);

CREATE TABLE entities (
    doc_id  TEXT NOT NULL,
    id      TEXT NOT NULL,
    name    TEXT NOT NULL,
    type    TEXT NOT NULL,
    aliases TEXT NOT NULL,
    country TEXT,
    sector  TEXT,
    kb_id   TEXT,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE mentions (
    doc_id    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    text      TEXT NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    label     TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions(doc_id, entity_id);

CREATE TABLE roles (
    doc_id    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    title     TEXT NOT NULL,
    of        TEXT,
    former    INTEGER NOT NULL,
    evidence  TEXT NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL
);
CREATE INDEX roles_doc ON roles(doc_id);

CREATE TABLE relations (
    doc_id    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    predicate TEXT NOT NULL,
    object    TEXT NOT NULL,
    claim     TEXT,
    evidence  TEXT NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL
);
CREATE INDEX relations_doc ON relations(doc_id);

CREATE TABLE claims (
    doc_id             TEXT NOT NULL,
    id                 TEXT NOT NULL,
    source_kind        TEXT NOT NULL,
    source_text        TEXT,
    source_entity      TEXT,
    source_affiliation TEXT,
    cue                TEXT NOT NULL,
    content            TEXT,
    content_start      INTEGER,
    content_end        INTEGER,
    stance             TEXT NOT NULL,
    hedged             INTEGER NOT NULL,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE events (
    doc_id     TEXT NOT NULL,
    id         TEXT NOT NULL,
    type       TEXT NOT NULL,
    mode       TEXT,
    cameo      TEXT,
    sources    TEXT NOT NULL,
    targets    TEXT NOT NULL,
    trigger    TEXT NOT NULL,
    modality   TEXT NOT NULL,
    claim      TEXT,
    date_text  TEXT,
    date_value TEXT,
    place      TEXT,
    country    TEXT,
    lat        REAL,
    lon        REAL,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE failures (
    origin    TEXT PRIMARY KEY,
    error     TEXT NOT NULL,
    failed_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, text);
";

/// Version 1 in PostgreSQL: the same tables and columns. Identifiers sort
/// bytewise (`COLLATE "C"`) as in SQLite; `rowid` keeps insertion order as
/// SQLite's implicit one does; `documents_fts` carries its search vector
/// (`simple` configuration: no stemming, like FTS5's default tokenizer); `work`
/// shares the inputs among ingest processes.
const PG_V1: &str = r#"
CREATE TABLE documents (
    id           TEXT COLLATE "C" PRIMARY KEY,
    content_hash TEXT NOT NULL,
    title        TEXT,
    url          TEXT,
    outlet       TEXT,
    published    TEXT,
    origin       TEXT COLLATE "C" NOT NULL,
    format       TEXT NOT NULL,
    tokens       BIGINT NOT NULL,
    ingested_at  TEXT NOT NULL,
    json         TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents(content_hash);

CREATE TABLE entities (
    doc_id  TEXT COLLATE "C" NOT NULL,
    id      TEXT COLLATE "C" NOT NULL,
    name    TEXT NOT NULL,
    type    TEXT NOT NULL,
    aliases TEXT NOT NULL,
    country TEXT,
    sector  TEXT,
    kb_id   TEXT,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE mentions (
    rowid     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_id    TEXT COLLATE "C" NOT NULL,
    entity_id TEXT COLLATE "C" NOT NULL,
    text      TEXT NOT NULL,
    start     BIGINT NOT NULL,
    "end"     BIGINT NOT NULL,
    label     TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions(doc_id, entity_id);

CREATE TABLE roles (
    rowid     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_id    TEXT COLLATE "C" NOT NULL,
    entity_id TEXT COLLATE "C" NOT NULL,
    title     TEXT NOT NULL,
    of        TEXT,
    former    BOOLEAN NOT NULL,
    evidence  TEXT NOT NULL,
    start     BIGINT NOT NULL,
    "end"     BIGINT NOT NULL
);
CREATE INDEX roles_doc ON roles(doc_id);

CREATE TABLE relations (
    rowid     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_id    TEXT COLLATE "C" NOT NULL,
    subject   TEXT NOT NULL,
    predicate TEXT NOT NULL,
    object    TEXT NOT NULL,
    claim     TEXT,
    evidence  TEXT NOT NULL,
    start     BIGINT NOT NULL,
    "end"     BIGINT NOT NULL
);
CREATE INDEX relations_doc ON relations(doc_id);

CREATE TABLE claims (
    doc_id             TEXT COLLATE "C" NOT NULL,
    id                 TEXT COLLATE "C" NOT NULL,
    source_kind        TEXT NOT NULL,
    source_text        TEXT,
    source_entity      TEXT,
    source_affiliation TEXT,
    cue                TEXT NOT NULL,
    content            TEXT,
    content_start      BIGINT,
    content_end        BIGINT,
    stance             TEXT NOT NULL,
    hedged             BOOLEAN NOT NULL,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE events (
    doc_id     TEXT COLLATE "C" NOT NULL,
    id         TEXT COLLATE "C" NOT NULL,
    type       TEXT NOT NULL,
    mode       TEXT,
    cameo      TEXT,
    sources    TEXT NOT NULL,
    targets    TEXT NOT NULL,
    trigger    TEXT NOT NULL,
    modality   TEXT NOT NULL,
    claim      TEXT,
    date_text  TEXT,
    date_value TEXT,
    place      TEXT,
    country    TEXT,
    lat        DOUBLE PRECISION,
    lon        DOUBLE PRECISION,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE failures (
    origin    TEXT COLLATE "C" PRIMARY KEY,
    error     TEXT NOT NULL,
    failed_at TEXT NOT NULL
);

CREATE TABLE documents_fts (
    doc_id TEXT COLLATE "C" NOT NULL,
    title  TEXT NOT NULL,
    text   TEXT NOT NULL,
    tsv    tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || text)) STORED
);
CREATE INDEX documents_fts_doc ON documents_fts(doc_id);
CREATE INDEX documents_fts_tsv ON documents_fts USING gin(tsv);

CREATE TABLE work (
    origin       TEXT COLLATE "C" NOT NULL,
    content_hash TEXT NOT NULL,
    claimed_by   TEXT,
    claimed_at   TIMESTAMPTZ,
    done_at      TIMESTAMPTZ,
    documents    BIGINT NOT NULL DEFAULT 0,
    failures     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (origin, content_hash)
);
CREATE INDEX work_pending ON work(origin) WHERE done_at IS NULL;
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_applies_to_an_empty_database() {
        let db = rusqlite::Connection::open_in_memory().unwrap();
        for step in MIGRATIONS {
            db.execute_batch(step).unwrap();
        }
        let tables: i64 = db
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 1);
        assert_eq!(current_version(), 1);
        assert_eq!(PG_MIGRATIONS.len(), MIGRATIONS.len());
    }
}
