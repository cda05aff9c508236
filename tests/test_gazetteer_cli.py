"""`geo gazetteer ...` through click's CliRunner (and one real process killed mid-import)."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from common import ROOT
from geo.cli import cli

try:
    from geo.cli import _register

    _register()
except ImportError:  # the extract commands may not exist yet: ours register on import
    import geo.cli_gazetteer  # noqa: F401

from test_importers import gn_line

COMMANDS = ["add", "remove", "edit", "search", "show", "import", "export", "stats", "build"]


@pytest.fixture
def geo(tiny_gazetteer):
    tiny_gazetteer.db  # resolves .home
    home = str(tiny_gazetteer.home)
    tiny_gazetteer.close()
    runner = CliRunner()

    def run(*args):
        return runner.invoke(cli, ["--home", home, "gazetteer", *map(str, args)])

    run.home = home
    return run


def _user_count(home) -> int:
    with sqlite3.connect(os.path.join(home, "user.sqlite")) as db:
        return db.execute("SELECT count(*) FROM places").fetchone()[0]


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_command_has_help_with_an_example(command):
    args = ["gazetteer"] + ([command] if command else []) + ["--help"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_add_then_search_show_and_export(geo):
    r = geo("add", "Baghouz Camp", "--lat", "34.46", "--lon", "40.95", "--country", "sy", "--kind", "landmark",
            "--alt", "Camp B", "--alt", "Tent city", "--admin1", "Deir ez-Zor", "--population", "3")
    assert r.exit_code == 0, r.output
    pid = r.stdout.split()[1].rstrip(":")
    r = geo("search", "Baghouz Camp", "--json", "--limit", "3")
    hits = [json.loads(line) for line in r.stdout.splitlines()]
    assert hits[0]["id"] == pid and hits[0]["lat"] == 34.46 and hits[0]["country"] == "SY"
    assert "34.46000, 40.95000" in geo("search", "Camp B").stdout
    assert "Tent city" in geo("show", pid).stdout and "landmark" in geo("show", "Camp B").stdout
    out = geo("export").stdout.splitlines()
    assert out[0] == "name,lat,lon,country,kind,admin1,population,alternates,source,id"
    assert out[1] == f"Baghouz Camp,34.46,40.95,SY,landmark,Deir ez-Zor,3,Camp B|Tent city,user,{pid}"


def test_edit_remove_and_geojson_export(geo, tmp_path):
    assert geo("edit", "geonames:99072", "--lat", "36.4", "--alt", "Mosul City").exit_code == 0
    assert "36.40000" in geo("search", "Mosul City").stdout
    assert geo("remove", "geonames:4717560").exit_code == 0
    assert "geonames:4717560" not in geo("search", "Paris").stdout
    out = tmp_path / "mine.geojson"
    assert geo("export", "--format", "geojson", "-o", out).exit_code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [f["geometry"]["coordinates"] for f in doc["features"]] == [[43.119, 36.4]]


def test_import_and_round_trip(geo, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("name,lat,lng,country,alternates\nTal Abyad,36.69,38.95,SY,Tell Abyad|Girê Spî\n", encoding="utf-8")
    r = geo("import", src, "--quiet")
    assert r.exit_code == 0 and "imported 1 places" in r.stdout
    exported = tmp_path / "out.csv"
    geo("export", "-o", exported)
    assert geo("import", exported).exit_code == 0
    assert _user_count(geo.home) == 1


def test_stats(geo):
    r = geo("stats")
    assert r.exit_code == 0 and "user_places" in r.stdout and "places" in r.stdout


BAD = [
    (["add", "X", "--lat", "95", "--lon", "1"], "latitude 95.0 of 'X' is out of range"),
    (["add", "X", "--lat", "1", "--lon", "-200"], "longitude -200.0 of 'X' is out of range"),
    (["add", "X", "--lat", "north", "--lon", "1"], "are not numbers"),
    (["add", "X", "--lat", "1", "--lon", "2", "--country", "ZZ"], "country code 'ZZ'"),
    (["add", "", "--lat", "1", "--lon", "2"], "empty place name"),
    (["add", "X", "--lat", "1", "--lon", "2", "--kind", "blob"], "feature kind 'blob'"),
    (["add", "X", "--lat", "1", "--lon", "2", "--population", "lots"], "population 'lots'"),
    (["add", "Mosul", "--lat", "36.34", "--lon", "43.12", "--country", "IQ"], "already in the table"),
    (["remove", "geonames:0"], "no place with id 'geonames:0'"),
    (["edit", "geonames:0", "--lat", "1"], "no place with id 'geonames:0'"),
    (["edit", "geonames:99072", "--lat", "99"], "latitude 99.0"),
    (["edit", "geonames:99072", "--name", " "], "empty place name"),
    (["show", "Atlantis"], "no place with id or name 'Atlantis'"),
    (["import", "/no/such/file.csv"], "no such file"),
]


@pytest.mark.parametrize("args, message", BAD, ids=[f"{a[0]}-{m[:20]}" for a, m in BAD])
def test_bad_input_is_one_line_and_exit_2(geo, args, message):
    before = _user_count(geo.home)
    r = geo(*args)
    assert r.exit_code == 2
    assert r.stderr.startswith("geo: error: ") and message in r.stderr and r.stderr.count("\n") == 1, r.stderr
    assert "Traceback" not in r.output
    assert _user_count(geo.home) == before


def test_duplicate_with_force_goes_in(geo):
    r = geo("add", "Mosul", "--lat", "36.34", "--lon", "43.12", "--country", "IQ", "--force")
    assert r.exit_code == 0 and _user_count(geo.home) == 1


def test_malformed_import_names_file_and_line_and_writes_nothing(geo, tmp_path):
    path = tmp_path / "SY.txt"
    path.write_text(gn_line(1, "A", 1, 1) + gn_line(2, "B", 95.1, 2) + gn_line(3, "C", 3, 3), encoding="utf-8")
    r = geo("import", path)
    assert r.exit_code == 2
    assert r.stderr == "geo: error: SY.txt:2: latitude '95.1' of 'B' out of range; expected -90 to 90\n"
    assert _user_count(geo.home) == 0


def test_killed_import_leaves_the_table_as_it_was(geo, tmp_path):
    assert geo("add", "Before", "--lat", "1", "--lon", "1").exit_code == 0
    before = _user_count(geo.home)
    big = tmp_path / "big.txt"
    with open(big, "w", encoding="utf-8") as f:
        for i in range(300_000):
            f.write(gn_line(10_000_000 + i, f"Synthetic place {i}", 30 + i % 1000 / 100, 40 + i % 997 / 100,
                            pop=i % 50_000, alts=f"Place number {i},Other name {i}"))
    env = {**os.environ, "GEO_HOME": geo.home}
    proc = subprocess.Popen([sys.executable, "-c", "from geo.cli import main; main()", "gazetteer", "import",
                             str(big), "--quiet"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wal = os.path.join(geo.home, "user.sqlite-wal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if os.path.exists(wal) and os.path.getsize(wal) > 4_000_000:  # the transaction is well under way
            break
        time.sleep(0.02)
    assert proc.poll() is None, f"the import ended before it could be killed: {proc.communicate()}"
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    assert _user_count(geo.home) == before
    assert "Before" in geo("search", "Before").stdout
    assert "Synthetic" not in geo("search", "Synthetic place 5", "--json").stdout
