"""The `geo` command line: one click group, verb-noun subcommands, errors turned into one line at the edge.

Exit codes: 0 success; 1 some input could not be processed (the rest was); 2 bad usage or bad input
that stopped the command (click's own code for usage errors, and ours for a `GeoError`).
"""

from __future__ import annotations

import sys

import click

from gazetteer.errors import GeoError

__all__ = ["main", "cli"]

EXIT_PARTIAL = 1
EXIT_ERROR = 2


class GeoGroup(click.Group):
    """Turns a project error raised anywhere below into `geo: error: ...` and exit status 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GeoError as e:
            click.echo(f"geo: error: {e}", err=True)
            ctx.exit(EXIT_ERROR)


@click.group(cls=GeoGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", envvar="GEO_HOME", type=click.Path(file_okay=False), default=None,
              help="Folder of the place table (default: $GEO_HOME, then the user data folder).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or notes.")
@click.option("-v", "--verbose", is_flag=True, help="Say more about what is happening.")
@click.version_option(package_name="geonews")
@click.pass_context
def cli(ctx, home, quiet, verbose):
    """Turn news reports into places, events, claims of control and offline maps.

    \b
    Example:
      geo extract seeds/baghouz-2019-03-05.txt --format jsonl
    """
    ctx.obj = {"home": home, "quiet": quiet, "verbose": verbose}


def _register() -> None:
    from . import cli_gazetteer  # noqa: F401  (adds the `gazetteer` group)
    from . import cli_extract  # noqa: F401  (adds `extract` and `map`)
    from . import cli_doctor  # noqa: F401  (adds `doctor`)


def main(argv=None) -> None:
    _register()
    try:
        cli.main(args=argv, prog_name="geo", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("geo: interrupted", err=True)
        sys.exit(130)
