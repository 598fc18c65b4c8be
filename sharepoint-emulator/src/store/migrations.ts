/**
 * Schema migrations, applied in order; PRAGMA user_version records how many ran. Later issues
 * append migrations (versions, files, indexes); a shipped migration is never edited.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
  CREATE TABLE lists (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    server_relative_url TEXT NOT NULL UNIQUE COLLATE NOCASE,
    base_template INTEGER NOT NULL,
    entity_name TEXT NOT NULL,
    content_type_id TEXT NOT NULL,
    created TEXT NOT NULL,
    last_item_modified TEXT NOT NULL,
    last_item_deleted TEXT NOT NULL,
    props TEXT NOT NULL
  );
  CREATE TABLE fields (
    list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    internal_name TEXT NOT NULL,
    definition TEXT NOT NULL,
    PRIMARY KEY (list_id, id)
  );
  CREATE UNIQUE INDEX fields_by_internal_name ON fields (list_id, internal_name COLLATE NOCASE);
  CREATE TABLE items (
    list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    guid TEXT NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    author_id INTEGER NOT NULL,
    editor_id INTEGER NOT NULL,
    version INTEGER NOT NULL,
    field_values TEXT NOT NULL,
    PRIMARY KEY (list_id, id)
  ) WITHOUT ROWID;
  CREATE TABLE recycle_bin (
    id TEXT PRIMARY KEY,
    list_id TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    deleted TEXT NOT NULL,
    deleted_by INTEGER NOT NULL,
    item TEXT NOT NULL
  );
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    email TEXT NOT NULL,
    title TEXT NOT NULL,
    upn TEXT NOT NULL,
    is_site_admin INTEGER NOT NULL,
    job_title TEXT,
    department TEXT
  );
  CREATE INDEX users_by_email ON users (email COLLATE NOCASE);
  `,
  // 2: document libraries and version numbers. A file belongs to its library item and goes with it;
  // bytes live once per content (blobs keyed by SHA-256), shared by a file's versions. Items of
  // lists with versioning count their major versions (ui_version = major * 512).
  `
  ALTER TABLE items ADD COLUMN ui_version INTEGER NOT NULL DEFAULT 512;
  CREATE TABLE blobs (
    hash TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE files (
    list_id TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    url_key TEXT NOT NULL UNIQUE,
    unique_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL,
    PRIMARY KEY (list_id, item_id),
    FOREIGN KEY (list_id, item_id) REFERENCES items (list_id, id) ON DELETE CASCADE
  );
  CREATE TABLE file_versions (
    list_id TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    ui_version INTEGER NOT NULL,
    state TEXT NOT NULL,
    PRIMARY KEY (list_id, item_id, ui_version),
    FOREIGN KEY (list_id, item_id) REFERENCES items (list_id, id) ON DELETE CASCADE
  );
  `,
  // 3: chunked uploads and large files. An upload session keeps its fragments apart from the file
  // until it finishes (nothing visible changes before); content that came in fragments is kept in
  // parts (blob_parts), so no file has to fit in memory or in one SQLite value.
  `
  ALTER TABLE blobs ADD COLUMN parts INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE blob_parts (
    hash TEXT NOT NULL REFERENCES blobs (hash) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (hash, position)
  );
  CREATE TABLE upload_sessions (
    upload_id TEXT PRIMARY KEY,
    list_id TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    size INTEGER NOT NULL,
    parts INTEGER NOT NULL,
    started TEXT NOT NULL,
    FOREIGN KEY (list_id, item_id) REFERENCES items (list_id, id) ON DELETE CASCADE
  );
  CREATE TABLE upload_parts (
    upload_id TEXT NOT NULL REFERENCES upload_sessions (upload_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (upload_id, position)
  );
  `,
];
