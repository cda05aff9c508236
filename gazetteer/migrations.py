"""The place table's schema, as numbered migrations, each run once in its own transaction.

Both files (the built table and the user's table) share this schema, so a user row and a shipped row
can be read by the same query. A migration is recorded in `_migrations` when it has run.
"""

from __future__ import annotations

import sqlite3

__all__ = ["migrate", "SCHEMA_VERSION"]

MIGRATIONS: list[tuple[int, str]] = [
    (1, """
        CREATE TABLE places (
            rowid INTEGER PRIMARY KEY,
            place_id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
            lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
            country TEXT,
            admin1 TEXT,
            kind TEXT NOT NULL,
            population INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL
        );
        CREATE TABLE names (
            key TEXT NOT NULL,
            place INTEGER NOT NULL REFERENCES places(rowid) ON DELETE CASCADE,
            name TEXT NOT NULL,
            flags INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX names_key ON names(key);
        CREATE INDEX names_place ON names(place);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    """),
    (2, """
        CREATE TABLE hidden (place_id TEXT PRIMARY KEY);  -- shipped places the user removed
        CREATE TABLE geometry (place INTEGER PRIMARY KEY REFERENCES places(rowid) ON DELETE CASCADE,
                               geojson TEXT NOT NULL);
    """),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def migrate(db: sqlite3.Connection) -> int:
    """Bring `db` to the newest schema; returns the version it is at."""
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (version INTEGER PRIMARY KEY, applied TEXT)")
    for version, sql in MIGRATIONS:
        with db:  # one transaction per migration
            db.execute("BEGIN IMMEDIATE")
            # read again under the write lock: another process may have just run it
            if db.execute("SELECT 1 FROM _migrations WHERE version = ?", (version,)).fetchone():
                continue
            for statement in sql.split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute("INSERT INTO _migrations VALUES (?, datetime('now'))", (version,))
    return SCHEMA_VERSION
