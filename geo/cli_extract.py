"""`geo extract` and `geo map`: the commands of the contract in the shared docs."""

from __future__ import annotations

import csv
import json
import sys

import click

from gazetteer.errors import DocumentError, GeoError

from .cli import EXIT_PARTIAL, cli


def _reports(ctx, inputs, progress_label):
    """Reports of the inputs, unreadable documents reported on stderr; a progress bar on a terminal."""
    from tqdm import tqdm

    from gazetteer.store import Gazetteer

    from .pipeline import Pipeline

    pipe = Pipeline(Gazetteer(ctx.obj["home"], progress=not ctx.obj["quiet"] and sys.stderr.isatty()))
    failed = 0
    bar = tqdm(pipe.run_many(inputs), desc=progress_label, unit=" docs", leave=False,
               disable=ctx.obj["quiet"] or not sys.stderr.isatty())
    for item in bar:
        if isinstance(item, DocumentError):
            click.echo(f"geo: {item}", err=True)
            failed += 1
            continue
        if ctx.obj["verbose"]:
            click.echo(f"geo: {item.id}: {len(item.toponyms)} places, {len(item.events)} events, "
                       f"{len(item.claims)} claims", err=True)
        yield item
    ctx.obj["failed"] = failed


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "geojson", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Where to write (default stdout).")
@click.pass_context
def extract(ctx, inputs, fmt, output):
    """Find, place and explain every location in reports.

    INPUTS are files (.txt .md .html .jsonl), folders (read recursively) or - for JSON lines on stdin.
    A document that cannot be read is reported on stderr and skipped; the exit status is then 1.

    \b
    Example:
      geo extract seeds/baghouz-2019-03-05.txt --format jsonl
      echo '{"id": "1", "text": "Shelling hit Aleppo."}' | geo extract -
    """
    ctx.obj["failed"] = 0
    reports = _reports(ctx, inputs, "extracting")
    if fmt == "jsonl":
        for r in reports:
            output.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "geojson":
        # one collection a GIS filters by "layer": the places, then what happened there and who holds what
        features = []
        for r in reports:
            for layer, items in (("toponym", r.toponyms), ("event", r.events), ("claim", r.claims)):
                for item in items:
                    d = item.to_dict()
                    if d.get("lat") is None or d.get("lon") is None:
                        continue
                    props = {"layer": layer, "report": r.id, **{k: v for k, v in d.items() if k not in ("lat", "lon")}}
                    features.append({"type": "Feature", "properties": props,
                                     "geometry": {"type": "Point", "coordinates": [d["lon"], d["lat"]]}})
        json.dump({"type": "FeatureCollection", "features": features}, output, ensure_ascii=False)
        output.write("\n")
    else:
        w = csv.writer(output)
        w.writerow(["report", "start", "end", "text", "name", "lat", "lon", "country", "feature", "place_id",
                    "confidence", "role"])
        for r in reports:
            for t in r.toponyms:
                d = t.to_dict()
                w.writerow([r.id] + [d[k] for k in ("start", "end", "text", "name", "lat", "lon", "country",
                                                    "feature", "place_id", "confidence", "role")])
    output.flush()
    if ctx.obj["failed"]:
        ctx.exit(EXIT_PARTIAL)


@cli.command("map")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The HTML file to write.")
@click.option("--title", default=None, help="Title shown on the map.")
@click.option("--open", "open_", is_flag=True, help="Open the map in a browser when written.")
@click.pass_context
def map_(ctx, inputs, output, title, open_):
    """Draw reports as one self-contained HTML map that works with no network.

    \b
    Example:
      geo map seeds/ -o map.html
    """
    import maps

    ctx.obj["failed"] = 0
    reports = list(_reports(ctx, inputs, "mapping"))
    if not reports:
        raise GeoError("no report could be read; nothing to map")
    m = maps.render(reports, title=title)
    maps.save(m, output)
    if not ctx.obj["quiet"]:
        click.echo(f"wrote {output} ({len(reports)} reports)", err=True)
    if open_:
        import webbrowser
        from pathlib import Path

        webbrowser.open(Path(output).resolve().as_uri())
    if ctx.obj["failed"]:
        ctx.exit(EXIT_PARTIAL)
