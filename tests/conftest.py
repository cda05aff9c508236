"""Shared fixtures. Data tiers: a tiny place table for unit tests (built once per run, in seconds), and the
full table for integration tests (marked `slow`, built once into a per-run folder unless $GEO_HOME has one)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from common import ROOT, SEED, SHARED, TINY_ROWS  # noqa: F401  (re-exported for tests)
from gazetteer.store import Gazetteer

@pytest.fixture(scope="session")
def tiny_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("tiny-gazetteer")
    Gazetteer(home).rebuild(rows=TINY_ROWS)
    return home


@pytest.fixture
def tiny_gazetteer(tiny_home, tmp_path) -> Gazetteer:
    """A fresh copy of the tiny table per test: user edits never leak between tests."""
    home = tmp_path / "gaz"
    shutil.copytree(tiny_home, home)
    g = Gazetteer(home, build=False)
    yield g
    g.close()


@pytest.fixture(scope="session")
def full_home(tmp_path_factory) -> Path:
    """The full table (about a minute to build). Reuses $GEO_HOME when it already holds one."""
    env = os.environ.get("GEO_HOME")
    if env and (Path(env) / "places.sqlite").exists():
        return Path(env)
    home = tmp_path_factory.mktemp("full-gazetteer")
    Gazetteer(home).db  # builds
    return home


@pytest.fixture(scope="session")
def full_gazetteer(full_home) -> Gazetteer:
    g = Gazetteer(full_home)
    yield g
    g.close()
