"""The offline place table: build, normalise, match, add and import."""

from .errors import GeoError
from .place import Place
from .store import Gazetteer

__all__ = ["Gazetteer", "Place", "GeoError"]
