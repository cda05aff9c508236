"""Where the place table lives: an explicit folder, then $GEO_HOME, then the user's data folder.

Like pyproj's data directory: the order is documented and a miss names every place tried.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import GazetteerNotFound

__all__ = ["candidate_homes", "find_home", "BASE_FILE", "USER_FILE"]

BASE_FILE = "places.sqlite"  # built from pip-installed data; rebuilt freely
USER_FILE = "user.sqlite"  # the user's own entries; never rebuilt, always wins


def default_home() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "geonews"


def candidate_homes(home: str | os.PathLike | None = None) -> list[tuple[str, Path]]:
    """(why, folder) in the order they are tried."""
    found = []
    if home is not None:
        found.append(("argument", Path(home)))
    if os.environ.get("GEO_HOME"):
        found.append(("GEO_HOME", Path(os.environ["GEO_HOME"])))
    found.append(("user data folder", default_home()))
    return found


def find_home(home: str | os.PathLike | None = None, *, create: bool = True) -> Path:
    """The folder to use: the first candidate that holds a table, or, with `create`, the first one we can write.

    An explicit argument or $GEO_HOME is used even when empty: the table is then built there.
    """
    tried = candidate_homes(home)
    first = tried[0][1]
    if (first / BASE_FILE).exists() or create:
        try:
            first.mkdir(parents=True, exist_ok=True)
            if os.access(first, os.W_OK) or (first / BASE_FILE).exists():
                return first
        except OSError:
            pass
    for _, folder in tried[1:]:
        if (folder / BASE_FILE).exists():
            return folder
    places = "; ".join(f"{why}: {folder}" for why, folder in tried)
    raise GazetteerNotFound(f"no place table found and none could be created; tried {places}")
