"""The notebooks in notebooks/: committed without outputs, and each runs top to bottom from a clean kernel and
shows what its title promises (slow: they use the full place table, through $GEO_HOME)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from gazetteer.locate import USER_FILE

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
NAMES = ["01-quickstart", "02-gazetteer-loop", "03-corpus", "04-evaluation"]
CELL_TIMEOUT = 900  # seconds: the first cell may build the place table when its format changed


def test_every_notebook_is_here():
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_committed_without_outputs(name):
    nb = json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [], f"{name}: cell {i} has outputs; clear them before committing"
            assert cell["execution_count"] is None, f"{name}: cell {i} has an execution count"


def _run(name: str, monkeypatch, home: Path, **env) -> list[dict]:
    """Execute a notebook in a fresh python3 kernel, cwd notebooks/; return the outputs of its code cells, in order."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.setenv("GEO_HOME", str(home))
    monkeypatch.setenv("GEO_NOTEBOOK_FAST", "1")
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    client = nbclient.NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]


def _texts(outputs: list[dict]) -> list[str]:
    """Each output as text: a stream, or the HTML (else plain text) of a display."""
    out = []
    for o in outputs:
        if o["output_type"] == "stream":
            out.append(o["text"])
        elif "data" in o:
            out.append(o["data"].get("text/html") or o["data"].get("text/plain", ""))
    return out


def _maps(texts: list[str]) -> list[str]:
    return [t for t in texts if "<iframe" in t and "leaflet" in t.lower()]


@pytest.mark.slow
def test_quickstart(full_home, monkeypatch):
    texts = _texts(_run("01-quickstart", monkeypatch, full_home))
    report = next(t for t in texts if "class='geo-r'" in t)
    assert "Baghouz" in report and "toponyms" in report and "village" in report
    assert any("Armed clash" in t for t in texts)  # the events table
    assert any("Islamic State (ISIS)" in t and "holds" in t for t in texts)  # the claims table
    maps = _maps(texts)
    assert len(maps) == 1 and "Baghouz" in maps[0]


@pytest.mark.slow
def test_gazetteer_loop(full_home, monkeypatch):
    texts = _texts(_run("02-gazetteer-loop", monkeypatch, full_home))
    joined = "\n".join(texts)
    before = joined.index("Umm Qasrayn: unresolved; suggestions:")
    after = joined.index("Umm Qasrayn: resolved to Umm Qasrayn")
    assert before < after
    maps = _maps(texts)
    assert len(maps) == 2 and "Umm Qasrayn" in maps[1]
    # the village went into a scratch copy: the user entries of the session's table never had it
    # (read with sqlite3 directly: opening a Gazetteer would rebuild a table whose build version moved on)
    with sqlite3.connect(f"file:{full_home / USER_FILE}?mode=ro", uri=True) as db:
        assert db.execute("SELECT count(*) FROM places WHERE name = 'Umm Qasrayn'").fetchone()[0] == 0
    db.close()


@pytest.mark.slow
def test_corpus(full_home, monkeypatch):
    texts = _texts(_run("03-corpus", monkeypatch, full_home))
    joined = "\n".join(texts)
    assert "GeoDataFrame EPSG:4326" in joined
    assert "events dated to the day" in joined and ">total<" in joined  # events per week, with a total column
    assert "places_held" in joined and "Syrian Democratic Forces (SDF)" in joined
    assert len(_maps(texts)) >= 2
    assert "wire-reports.gpkg" in joined
    assert all(layer in joined for layer in ("toponyms", "events", "claims"))


@pytest.mark.slow
def test_evaluation(full_home, monkeypatch):
    texts = _texts(_run("04-evaluation", monkeypatch, full_home))
    joined = "\n".join(texts)
    assert "acc@161" in joined and "F1" in joined and "misplaced toponyms" in joined
    assert len(_maps(texts)) == 1


@pytest.mark.slow
def test_evaluation_falls_back_to_the_bundled_sample(full_home, monkeypatch, tmp_path):
    texts = _texts(_run("04-evaluation", monkeypatch, full_home, GEO_EVAL_DIR=str(tmp_path / "absent")))
    joined = "\n".join(texts)
    assert "using the bundled sample" in joined and "sample-gold" in joined and "the simple one above" in joined
    assert "acc@161" in joined and len(_maps(texts)) == 1
