"""Every error the project raises on purpose: one base class, builtin mix-ins where they fit.

The command line turns any `GeoError` into a one-line message and a non-zero exit; anything else is a bug.
"""

__all__ = [
    "GeoError",
    "GazetteerNotFound",
    "InvalidPlace",
    "DuplicatePlace",
    "PlaceNotFound",
    "ImportFormatError",
    "DocumentError",
]


class GeoError(Exception):
    """Base of every error this project raises for bad input or missing data."""


class GazetteerNotFound(GeoError, FileNotFoundError):
    """No place table where we looked; the message names every place tried."""


class InvalidPlace(GeoError, ValueError):
    """A place record breaks a rule (latitude out of range, unknown country, empty name...)."""


class DuplicatePlace(GeoError, ValueError):
    """A place with the same name already sits within a few kilometres; pass force=True to add anyway."""


class PlaceNotFound(GeoError, LookupError):
    """No place with that id or name."""


class ImportFormatError(GeoError, ValueError):
    """A file to import is malformed; the message names the file and line."""


class DocumentError(GeoError, ValueError):
    """A document could not be read or decoded; the message names it."""
