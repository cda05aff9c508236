"""Readers of place files a user imports: our CSV, GeoJSON points, and GeoNames dumps, told apart by content.

Every reader yields checked `Place`s and streams its file line by line (GeoJSON, which has no lines, is
parsed whole). A malformed row stops the import with an `ImportFormatError` naming the file and line;
because `import_file` hands the stream to `Gazetteer.add_many`, which runs ONE transaction, a bad row,
an exception or a killed process leaves the user's table exactly as it was.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import GeoError, ImportFormatError
from .normalize import key as name_key
from .place import Place
from .sources import _kind_for_population, _useful_alternate
from .store import Gazetteer, make_place

__all__ = ["FORMATS", "detect_format", "read_places", "import_file", "geonames_kind", "CSV_FIELDS"]

CSV_FIELDS = ("name", "lat", "lon", "country", "kind", "admin1", "population", "alternates", "source", "id")
GEONAMES_COLUMNS = 19

# header spellings we accept for our CSV columns
_CSV_ALIASES = {
    "latitude": "lat", "y": "lat",
    "longitude": "lon", "lng": "lon", "long": "lon", "x": "lon",
    "country_code": "country", "cc": "country",
    "feature": "kind", "type": "kind",
    "alternate_names": "alternates", "alternatenames": "alternates", "alt": "alternates",
    "place_id": "id",
}

# GeoNames feature class.code -> our kind; a class alone (e.g. "S") covers all its codes
_GEONAMES_KINDS = {
    "A.ADM1": "admin1", "A.ADM2": "admin2",
    "A.PCLI": "country", "A.PCLD": "country", "A.PCLF": "country", "A.PCLS": "country", "A.PCLIX": "country",
    "H.STM": "river", "H.LK": "lake", "H.SEA": "sea", "H.GULF": "sea", "H.BAY": "sea",
    "T.MT": "mountain", "T.MTS": "mountain", "T.DSRT": "desert", "T.ISL": "island", "T.ISLS": "island",
    "T.VAL": "valley", "L.RGN": "region", "S": "landmark",
}


def geonames_kind(feature_class: str, feature_code: str, population: int) -> str:
    """Our feature kind for a GeoNames feature class and code ("P" places by population)."""
    if feature_class == "P":
        return _kind_for_population(population)
    return _GEONAMES_KINDS.get(f"{feature_class}.{feature_code}") or _GEONAMES_KINDS.get(feature_class, "place")


# ---- telling formats apart ------------------------------------------------------------------------
def detect_format(path: str | os.PathLike) -> str:
    """'geojson', 'geonames' or 'csv', from the file's first bytes (never its extension)."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            head = f.read(64 * 1024)
    except OSError as e:
        raise ImportFormatError(f"{path}: cannot read: {e.strerror or e}") from None
    text = head.decode("utf-8-sig", errors="replace").lstrip()
    if not text:
        raise ImportFormatError(f"{path}: the file is empty; expected CSV, GeoJSON or a GeoNames dump")
    if text[0] in "{[":
        return "geojson"
    first = text.splitlines()[0]
    cells = first.split("\t")
    if len(cells) == GEONAMES_COLUMNS and cells[0].strip().isdigit():
        return "geonames"
    header = {_CSV_ALIASES.get(h.strip().lower(), h.strip().lower()) for h in next(csv.reader([first]))}
    if {"name", "lat", "lon"} <= header:
        return "csv"
    raise ImportFormatError(
        f"{path}:1: cannot tell the format; expected a CSV header with name,lat,lon, a GeoJSON "
        f"FeatureCollection, or {GEONAMES_COLUMNS} tab-separated GeoNames columns (found {len(cells)})")


# ---- streaming --------------------------------------------------------------------------------------
class _Lines:
    """Decoded lines of a file with their numbers, feeding a progress bar with bytes read."""

    def __init__(self, path: Path, bar):
        self.path, self.bar, self.line_no = path, bar, 0

    def __iter__(self) -> Iterator[str]:
        with open(self.path, "rb") as f:
            for raw in f:
                self.line_no += 1
                self.bar.update(len(raw))
                try:
                    line = raw.decode("utf-8-sig" if self.line_no == 1 else "utf-8")
                except UnicodeDecodeError as e:
                    raise ImportFormatError(f"{self.path.name}:{self.line_no}: not UTF-8 ({e.reason} at byte "
                                            f"{e.start}); expected a UTF-8 text file") from None
                yield line


def _bar(path: Path, quiet: bool):
    from tqdm import tqdm

    disable = quiet or not sys.stderr.isatty()
    return tqdm(total=path.stat().st_size, unit="B", unit_scale=True, desc=f"importing {path.name}",
                disable=disable, leave=False)


def _checked(where: str, **fields) -> Place:
    try:
        return make_place(**fields)
    except GeoError as e:
        raise ImportFormatError(f"{where}: {e}") from None


def _stable_id(prefix: str, name: str, lat: float, lon: float, country: str | None) -> str:
    """A place id that is the same every time the same row is imported, so a re-import replaces it."""
    slug = name_key(name).replace(" ", "-")[:40] or "place"
    digest = zlib.crc32(f"{name}|{float(lat):.5f}|{float(lon):.5f}|{country or ''}".encode()) & 0xFFFFFFFF
    return f"{prefix}:{slug}-{digest:08x}"


def read_csv(path: Path, quiet: bool = True, source: str | None = None) -> Iterator[Place]:
    """Our CSV format (name,lat,lon,country,kind,admin1,population,alternates,source[,id]); alternates `|`-separated.

    `latitude`/`longitude`/`lng` headers are accepted too.
    """
    bar = _bar(path, quiet)
    lines = _Lines(path, bar)
    try:
        reader = csv.reader(lines)
        try:
            header = [_CSV_ALIASES.get(h.strip().lower(), h.strip().lower()) for h in next(reader)]
        except StopIteration:
            raise ImportFormatError(f"{path.name}:1: the file is empty; expected a CSV header") from None
        except csv.Error as e:
            raise ImportFormatError(f"{path.name}:1: {e}") from None
        missing = [c for c in ("name", "lat", "lon") if c not in header]
        if missing:
            raise ImportFormatError(f"{path.name}:1: the header lacks {', '.join(missing)}; expected "
                                    f"{','.join(CSV_FIELDS[:-1])}")
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                raise ImportFormatError(f"{path.name}:{lines.line_no}: {e}") from None
            if not cells or not any(c.strip() for c in cells):
                continue
            where = f"{path.name}:{lines.line_no}"
            if len(cells) > len(header):
                raise ImportFormatError(f"{where}: {len(cells)} cells but the header names {len(header)}")
            r = dict(zip(header, cells))
            name, lat, lon = (r.get("name") or "").strip(), (r.get("lat") or "").strip(), (r.get("lon") or "").strip()
            country = (r.get("country") or "").strip() or None
            alternates = tuple(a.strip() for a in (r.get("alternates") or "").split("|") if a.strip())
            pid = (r.get("id") or "").strip() or None
            if pid is None and name:
                try:
                    pid = _stable_id("user", name, float(lat), float(lon), country)
                except ValueError:
                    pid = "user:pending"  # make_place reports the bad number
            yield _checked(where, name=name, lat=lat, lon=lon, country=country, kind=(r.get("kind") or "").strip() or "place",
                           admin1=(r.get("admin1") or "").strip() or None, population=(r.get("population") or "").strip() or 0,
                           source=(r.get("source") or "").strip() or source or f"user import ({path.name})",
                           place_id=pid or "user:pending", alternates=alternates)
    finally:
        bar.close()


def read_geojson(path: Path, quiet: bool = True, source: str | None = None) -> Iterator[Place]:
    """A FeatureCollection of Points (or a list of Features); properties name, alternates, country, kind, population."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            doc = json.load(f)
    except UnicodeDecodeError as e:
        raise ImportFormatError(f"{path.name}: not UTF-8 ({e.reason}); expected a UTF-8 GeoJSON file") from None
    except json.JSONDecodeError as e:
        raise ImportFormatError(f"{path.name}:{e.lineno}: not valid JSON: {e.msg}") from None
    features = doc.get("features") if isinstance(doc, dict) else doc
    if isinstance(doc, dict) and doc.get("type") == "Feature":
        features = [doc]
    if not isinstance(features, list):
        raise ImportFormatError(f"{path.name}: expected a GeoJSON FeatureCollection of Points, "
                                f"found {type(doc).__name__} without 'features'")
    from tqdm import tqdm

    for i, feat in enumerate(tqdm(features, desc=f"importing {path.name}", unit="places",
                                  disable=quiet or not sys.stderr.isatty(), leave=False), start=1):
        where = f"{path.name}:feature {i}"
        geom = (feat or {}).get("geometry") if isinstance(feat, dict) else None
        if not isinstance(geom, dict) or geom.get("type") != "Point":
            kind = geom.get("type") if isinstance(geom, dict) else type(geom).__name__
            raise ImportFormatError(f"{where}: geometry is {kind!r}; expected a Point")
        coords = geom.get("coordinates")
        if not isinstance(coords, (list, tuple)) or len(coords) < 2:
            raise ImportFormatError(f"{where}: coordinates {coords!r}; expected [lon, lat]")
        lon, lat = coords[0], coords[1]  # GeoJSON order is lon, lat
        props = feat.get("properties") or {}
        name = str(props.get("name") or "").strip()
        alts = props.get("alternates") or props.get("alternatenames") or ()
        if isinstance(alts, str):
            alts = alts.split("|")
        country = (props.get("country") or props.get("country_code") or "") or None
        pid = props.get("id") or props.get("place_id") or feat.get("id")
        if not pid and name and isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
            pid = _stable_id("user", name, lat, lon, country)
        if isinstance(lat, bool) or isinstance(lon, bool):
            lat, lon = str(lat), str(lon)
        yield _checked(where, name=name, lat=lat, lon=lon, country=country, kind=props.get("kind") or "place",
                       admin1=props.get("admin1") or None, population=props.get("population") or 0,
                       source=props.get("source") or source or f"user import ({path.name})",
                       place_id=str(pid or "user:pending"), alternates=tuple(str(a) for a in alts))


def _geonames_admin1(path: Path) -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> admin1 name, from the dump's own ADM1 rows (a quick first pass)."""
    out = {}
    with open(path, "rb") as f:
        for raw in f:
            if b"\tADM1\t" in raw:
                c = raw.decode("utf-8", errors="replace").rstrip("\r\n").split("\t")
                if len(c) == GEONAMES_COLUMNS and c[7] == "ADM1":
                    out[(c[8], c[10])] = c[1]
    return out


def read_geonames(path: Path, quiet: bool = True, source: str | None = None) -> Iterator[Place]:
    """A GeoNames dump (allCountries.txt, SY.txt...): 19 tab-separated columns, one place a line.

    Place ids are "geonames:<geonameid>", so a re-import replaces, and a dump row overrides the shipped row
    of the same id. First-level region names come from the dump's ADM1 rows.
    """
    admin1 = _geonames_admin1(path)
    source = source or f"GeoNames dump ({path.name})"
    bar = _bar(path, quiet)
    lines = _Lines(path, bar)
    try:
        for line in lines:
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            where = f"{path.name}:{lines.line_no}"
            c = line.split("\t")
            if len(c) != GEONAMES_COLUMNS:
                raise ImportFormatError(f"{where}: {len(c)} tab-separated columns; expected {GEONAMES_COLUMNS} "
                                        "(geonameid, name, asciiname, alternatenames, latitude, longitude, ...)")
            gid = c[0].strip()
            if not gid.isdigit():
                raise ImportFormatError(f"{where}: geonameid {gid!r} is not a number")
            try:
                pop = int(c[14] or 0)
            except ValueError:
                raise ImportFormatError(f"{where}: population {c[14]!r} is not a whole number") from None
            name = c[1].strip()
            try:
                lat, lon = float(c[4]), float(c[5])
            except ValueError:
                raise ImportFormatError(f"{where}: coordinates ({c[4]!r}, {c[5]!r}) of {name!r} are not numbers; "
                                        "expected decimal degrees") from None
            if not -90.0 <= lat <= 90.0:
                raise ImportFormatError(f"{where}: latitude {c[4]!r} of {name!r} out of range; expected -90 to 90")
            if not -180.0 <= lon <= 180.0:
                raise ImportFormatError(f"{where}: longitude {c[5]!r} of {name!r} out of range; expected -180 to 180")
            alts = [a for a in c[3].split(",") if _useful_alternate(a, name)] if c[3] else []
            if c[2] and c[2] != name:
                alts.insert(0, c[2])
            cc = c[8].strip() or None
            yield _checked(where, name=name, lat=lat, lon=lon, country=cc, kind=geonames_kind(c[6], c[7], pop),
                           admin1=admin1.get((c[8], c[10])) if c[10] else None, population=pop, source=source,
                           place_id=f"geonames:{gid}", alternates=tuple(dict.fromkeys(alts)))
    finally:
        bar.close()


FORMATS: dict[str, Callable[..., Iterator[Place]]] = {
    "csv": read_csv, "geojson": read_geojson, "geonames": read_geonames,
}


def read_places(path: str | os.PathLike, *, quiet: bool = True, fmt: str | None = None,
                source: str | None = None) -> Iterator[Place]:
    """Checked places from a file, format told by content unless `fmt` names it."""
    path = Path(path)
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise ImportFormatError(f"format {fmt!r} is unknown; expected one of {', '.join(FORMATS)}")
    return FORMATS[fmt](path, quiet=quiet, source=source)


def import_file(gazetteer: Gazetteer, path: str | os.PathLike, *, quiet: bool = True, fmt: str | None = None) -> dict:
    """Import every place of a file into the user's table in ONE transaction: all go in, or none do.

    Returns {"file", "format", "places"}. Raises `ImportFormatError` (file:line: what is wrong) and
    writes nothing if any row is malformed.
    """
    path = Path(path)
    if not path.is_file():
        raise ImportFormatError(f"{path}: no such file")
    fmt = fmt or detect_format(path)
    n = gazetteer.add_many(read_places(path, quiet=quiet, fmt=fmt), force=True)
    return {"file": str(path), "format": fmt, "places": n}


def write_csv(places: Iterable[Place], out: io.TextIOBase) -> int:
    """Places in the CSV format `read_csv` takes (with an `id` column, so a re-import replaces)."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_FIELDS)
    n = 0
    for p in places:
        w.writerow([p.name, repr(p.lat), repr(p.lon), p.country or "", p.kind, p.admin1 or "", p.population,
                    "|".join(p.alternates), p.source, p.place_id])
        n += 1
    return n


def to_geojson(places: Iterable[Place]) -> dict:
    """A FeatureCollection of Points (lon, lat order: GeoJSON's) that `read_geojson` takes back."""
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": p.place_id, "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
         "properties": {"name": p.name, "alternates": list(p.alternates), "country": p.country, "kind": p.kind,
                        "admin1": p.admin1, "population": p.population, "source": p.source, "id": p.place_id}}
        for p in places]}
