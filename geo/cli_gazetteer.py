"""`geo gazetteer ...`: look up, add, edit, remove, import and export places in the offline place table.

Values a user types (coordinates, kinds, country codes, populations) are taken as text and checked by
`gazetteer.store.make_place`, so a bad one gives the same one-line `geo: error: ...` as any other `GeoError`.
"""

from __future__ import annotations

import json
import sys

import click

from gazetteer.errors import PlaceNotFound

from .cli import cli

__all__ = ["gazetteer"]


def _gazetteer(ctx: click.Context, *, build: bool = True):
    from gazetteer.store import Gazetteer

    obj = ctx.find_root().obj or {}
    return Gazetteer(obj.get("home"), build=build, progress=not obj.get("quiet") and sys.stderr.isatty())


def _quiet(ctx: click.Context) -> bool:
    return bool((ctx.find_root().obj or {}).get("quiet"))


def _describe(p) -> str:
    where = ", ".join(x for x in (p.admin1, p.country) if x)
    return (f"{p.name}\t{p.lat:.5f}, {p.lon:.5f}\t{p.kind}\t{where or '-'}\t{p.source}\t{p.place_id}")


def _place_json(p) -> dict:
    return {"id": p.place_id, "name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country, "admin1": p.admin1,
            "kind": p.kind, "population": p.population, "source": p.source, "alternates": list(p.alternates)}


@cli.group()
def gazetteer():
    """Look up, add, edit, remove and import places in the offline place table.

    Your own entries live apart from the shipped table, always win over it, and survive rebuilds.

    \b
    Example:
      geo gazetteer search Baghouz
    """


@gazetteer.command("add")
@click.argument("name")
@click.option("--lat", required=True, help="Latitude in decimal degrees, -90 to 90.")
@click.option("--lon", required=True, help="Longitude in decimal degrees, -180 to 180.")
@click.option("--country", default=None, help="ISO 3166-1 alpha-2 country code, e.g. SY.")
@click.option("--kind", default="place", show_default=True, help="Feature kind: city, town, village, river...")
@click.option("--alt", "alternates", multiple=True, help="Another name for the place (repeatable).")
@click.option("--admin1", default=None, help="First-level region (governorate, state...).")
@click.option("--population", default="0", help="Population, a whole number.")
@click.option("--force", is_flag=True, help="Add even when a place of that name sits within 5 km.")
@click.pass_context
def add(ctx, name, lat, lon, country, kind, alternates, admin1, population, force):
    """Add a place; every later lookup, `geo extract` and `geo map` uses it.

    \b
    Example:
      geo gazetteer add "Baghouz Camp" --lat 34.46 --lon 40.95 --country SY --kind landmark --alt "Baghuz camp"
    """
    g = _gazetteer(ctx)
    place = g.add(name, lat, lon, country=country, kind=kind, admin1=admin1, population=population,
                  alternates=alternates, force=force)
    click.echo(f"added {place.place_id}: {place.name} ({place.lat:.5f}, {place.lon:.5f})")


@gazetteer.command("remove")
@click.argument("place_id")
@click.pass_context
def remove(ctx, place_id):
    """Remove one of your places, or hide a shipped one (it stays hidden across rebuilds).

    \b
    Example:
      geo gazetteer remove geonames:4717560
    """
    _gazetteer(ctx).remove(place_id)
    click.echo(f"removed {place_id}")


@gazetteer.command("edit")
@click.argument("place_id")
@click.option("--name", default=None, help="New name.")
@click.option("--lat", default=None, help="New latitude.")
@click.option("--lon", default=None, help="New longitude.")
@click.option("--country", default=None, help="New ISO 3166-1 alpha-2 country code.")
@click.option("--kind", default=None, help="New feature kind.")
@click.option("--admin1", default=None, help="New first-level region.")
@click.option("--population", default=None, help="New population.")
@click.option("--alt", "alternates", multiple=True, help="A further name (repeatable).")
@click.pass_context
def edit(ctx, place_id, name, lat, lon, country, kind, admin1, population, alternates):
    """Change a place. Editing a shipped place makes your copy, which then overrides it.

    \b
    Example:
      geo gazetteer edit supplement:baghouz:sy --lat 34.459 --lon 40.951 --alt "Baghouz al-Fawqani"
    """
    place = _gazetteer(ctx).edit(place_id, add_alternates=alternates, name=name, lat=lat, lon=lon,
                                 country=country, kind=kind, admin1=admin1, population=population)
    click.echo(f"edited {place.place_id}: {place.name} ({place.lat:.5f}, {place.lon:.5f})")


@gazetteer.command("search")
@click.argument("name")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000), help="Most results.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@click.pass_context
def search(ctx, name, limit, as_json):
    """Fuzzy search by name: coordinates, kind, region, source and id of each match, best first.

    \b
    Example:
      geo gazetteer search "Deir al-Zour" --limit 5
    """
    hits = _gazetteer(ctx).search(name, limit=limit)
    if not hits and not as_json:
        click.echo(f"no place matches {name!r}", err=True)
    for place, matched, score in hits:
        if as_json:
            click.echo(json.dumps({**_place_json(place), "matched": matched, "score": round(score, 1)},
                                  ensure_ascii=False))
        else:
            click.echo(f"{_describe(place)}\t{score:.0f}")


@gazetteer.command("show")
@click.argument("id_or_name")
@click.pass_context
def show(ctx, id_or_name):
    """Every field of a place, by id, or of each place a name may mean.

    \b
    Example:
      geo gazetteer show geonames:170794
    """
    g = _gazetteer(ctx)
    try:
        places = [g.get(id_or_name)]
    except PlaceNotFound:
        places = list(dict.fromkeys(g.get(c.place.place_id) for c in g.lookup(id_or_name)))
        if not places:
            hint = "; did you mean " + ", ".join(g.suggest(id_or_name)) if g.suggest(id_or_name) else ""
            raise PlaceNotFound(f"no place with id or name {id_or_name!r}{hint}") from None
    for i, p in enumerate(places):
        if i:
            click.echo()
        for k, v in _place_json(p).items():
            click.echo(f"{k:<11} {', '.join(v) if isinstance(v, list) else ('-' if v is None else v)}")


@gazetteer.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def import_(ctx, file, quiet):
    """Import a CSV, GeoJSON or GeoNames dump (told apart by content): all its rows go in, or none do.

    CSV columns: name,lat,lon,country,kind,admin1,population,alternates,source (alternates |-separated).

    \b
    Example:
      geo gazetteer import SY.txt
    """
    from gazetteer.importers import import_file

    info = import_file(_gazetteer(ctx), file, quiet=quiet or _quiet(ctx))
    click.echo(f"imported {info['places']} places from {file} ({info['format']})")


@gazetteer.command("export")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="File to write (default: standard output).")
@click.option("--format", "fmt", type=click.Choice(["csv", "geojson"]), default="csv", show_default=True)
@click.pass_context
def export(ctx, output, fmt):
    """Write your own entries in the format `geo gazetteer import` takes.

    \b
    Example:
      geo gazetteer export -o my-places.csv
    """
    from gazetteer.importers import to_geojson, write_csv

    places = list(_gazetteer(ctx).iter_user_places())
    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "csv":
            write_csv(places, out)
        else:
            json.dump(to_geojson(places), out, ensure_ascii=False, indent=1)
            out.write("\n")
    finally:
        if output:
            out.close()
    if output:
        click.echo(f"exported {len(places)} places to {output}", err=True)


@gazetteer.command("stats")
@click.pass_context
def stats(ctx):
    """Where the table is, when it was built, and how many places of each kind it holds.

    \b
    Example:
      geo gazetteer stats
    """
    for k, v in _gazetteer(ctx).stats().items():
        if isinstance(v, dict):
            click.echo(f"{k}:")
            for kk, vv in v.items():
                click.echo(f"  {kk:<12} {vv}")
        else:
            click.echo(f"{k:<15} {v}")


@gazetteer.command("build")
@click.pass_context
def build(ctx):
    """Rebuild the shipped place table from the installed data. Your own entries are kept.

    \b
    Example:
      geo gazetteer build
    """
    from gazetteer.store import Gazetteer

    obj = ctx.find_root().obj or {}
    info = Gazetteer(obj.get("home"), progress=not obj.get("quiet")).rebuild()
    click.echo(f"built {info['places']} places, {info['names']} names in {info['seconds']} s")

